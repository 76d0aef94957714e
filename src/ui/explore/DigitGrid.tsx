import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { firstPerClass } from '../../data/firstPerClass';
import type { MnistSplit } from '../../data/loadMnist';
import { formatNumber } from '../../i18n/i18n';
import { putGrey } from './greyPixels';

const PER_CLASS = 4;
const CLASSES = Array.from({ length: 10 }, (_, digit) => digit);
/** Image pixels between two digits on the canvas (scaled up with the digits). */
const GRID_GAP = 2;

/**
 * The first few test digits of each class, one column per class, drawn on ONE canvas at their true
 * resolution (one canvas pixel per image pixel, scaled up by CSS with `image-rendering: pixelated`):
 * forty canvases cost forty contexts and layouts while the page opens. The canvas is one image to
 * assistive technology, named and described by the caption; `data-indices` lists the test images drawn,
 * column by column, for tests.
 */
export function DigitGrid({ split }: { split: MnistSplit }) {
  const { t } = useTranslation('explore');
  const indices = useMemo(() => firstPerClass(split.labels, PER_CLASS), [split]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const captionId = useId();
  const { width, height } = split;
  const canvasWidth = CLASSES.length * (width + GRID_GAP) - GRID_GAP;
  const canvasHeight = PER_CLASS * (height + GRID_GAP) - GRID_GAP;

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(canvasWidth, canvasHeight);
    const pixelsPerImage = width * height;
    indices.forEach((index, slot) => {
      const pixels = split.images.subarray(index * pixelsPerImage, (index + 1) * pixelsPerImage);
      putGrey(
        image,
        pixels,
        width,
        height,
        Math.floor(slot / PER_CLASS) * (width + GRID_GAP),
        (slot % PER_CLASS) * (height + GRID_GAP),
      );
    });
    context.putImageData(image, 0, 0);
  }, [indices, split, width, height, canvasWidth, canvasHeight]);

  return (
    <figure className="digit-grid-figure">
      <div className="digit-grid-classes" aria-hidden="true">
        {CLASSES.map((digit) => (
          <span className="digit-class" key={digit}>
            {digit}
          </span>
        ))}
      </div>
      <canvas
        ref={canvasRef}
        className="digit-grid"
        width={canvasWidth}
        height={canvasHeight}
        role="img"
        aria-label={t('digits.label')}
        aria-describedby={captionId}
        data-testid="digit-grid"
        data-indices={Array.from(indices).join(' ')}
      />
      <figcaption id={captionId}>
        {t('digits.caption', { perClass: PER_CLASS, total: formatNumber(split.count) })}
      </figcaption>
    </figure>
  );
}
