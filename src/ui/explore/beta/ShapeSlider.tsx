import { useId, type CSSProperties } from 'react';
import { formatShape, isSliderKey, positionOfShape, SLIDER_STEPS, shapeAtPosition, steppedShape } from './logScale';

/** Labelled values under the track; on a log scale they show that each decade gets equal travel. */
const SCALE_MARKS = [0.05, 0.2, 1, 5, 10];

interface ShapeSliderProps {
  /** The visible label, a Greek letter. */
  symbol: string;
  /** The accessible name: screen readers and tests find the slider by it. */
  name: string;
  value: number;
  onChange: (shape: number) => void;
}

/**
 * A Beta shape on a log-scale range input whose positions are the ladder's round values. Keys step
 * from the value itself rather than the thumb's position, so a value between rungs (from a link) moves
 * to the next round value in the key's direction, and the Page keys double or halve it. Shapes off the
 * scale (0, or above 10 from a link) put the thumb at an end while the read-out keeps the true value.
 */
export function ShapeSlider({ symbol, name, value, onChange }: ShapeSliderProps) {
  const id = useId();
  const shown = formatShape(value);
  return (
    <div className="shape-slider">
      <label htmlFor={id} className="shape-symbol">
        {symbol}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={SLIDER_STEPS}
        step={1}
        value={positionOfShape(value)}
        aria-label={name}
        aria-valuetext={shown}
        onChange={(event) => onChange(shapeAtPosition(Number(event.target.value)))}
        onKeyDown={(event) => {
          if (!isSliderKey(event.key)) return;
          event.preventDefault();
          onChange(steppedShape(value, event.key));
        }}
      />
      <output htmlFor={id} className="shape-value">
        {shown}
      </output>
      <div className="shape-marks" aria-hidden="true">
        {SCALE_MARKS.map((mark) => (
          <span key={mark} style={{ '--at': positionOfShape(mark) / SLIDER_STEPS } as CSSProperties}>
            {formatShape(mark)}
          </span>
        ))}
      </div>
    </div>
  );
}
