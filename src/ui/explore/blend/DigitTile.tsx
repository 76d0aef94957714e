import type { CSSProperties, ReactNode } from 'react';
import type { Box } from '../../../mixup/cutmix';
import { boxArea } from '../../../mixup/cutmix';
import { DigitCanvas } from '../DigitCanvas';

interface DigitTileProps {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** The canvas's text alternative. */
  label: string;
  caption: ReactNode;
  /** CutMix: outlines the pixels that came from x_j. */
  box?: Box | null;
  size?: 'small' | 'large';
  testId?: string;
}

/** The box as percentages of the image, so the outline follows the canvas at any CSS size. */
function boxStyle(box: Box, width: number, height: number): CSSProperties {
  return {
    left: `${(100 * box.x0) / width}%`,
    top: `${(100 * box.y0) / height}%`,
    width: `${(100 * (box.x1 - box.x0)) / width}%`,
    height: `${(100 * (box.y1 - box.y0)) / height}%`,
  };
}

/** One digit at its true resolution with a caption, and for CutMix the outline of the pasted box. */
export function DigitTile({ pixels, width, height, label, caption, box, size = 'small', testId }: DigitTileProps) {
  return (
    <figure className={`blend-tile blend-tile-${size}`}>
      <div className="blend-tile-frame">
        <DigitCanvas pixels={pixels} width={width} height={height} label={label} testId={testId} />
        {box && boxArea(box) > 0 && (
          <span
            className="blend-box"
            aria-hidden="true"
            data-testid="cutmix-box"
            style={boxStyle(box, width, height)}
          />
        )}
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
