import { t } from '../../../i18n/i18n';
import { MAX_SHAPE, MIN_SHAPE } from '../../../mixup';
import { formatShape } from './logScale';

/** What the panel can draw for an α and β (null: β = α). */
export type MixingShapes =
  { kind: 'density'; alpha: number; beta: number } | { kind: 'no-mixing' } | { kind: 'invalid'; message: string };

const inRange = (shape: number): boolean => shape >= MIN_SHAPE && shape <= MAX_SHAPE;

/**
 * Reads the shapes as the trainer will: α = 0 switches mixing off whatever β is, and otherwise both
 * shapes must lie in the range the config accepts.
 */
export function mixingShapes(alpha: number, beta: number | null): MixingShapes {
  if (alpha === 0) return { kind: 'no-mixing' };
  const shapes = { α: alpha, β: beta ?? alpha };
  for (const [name, shape] of Object.entries(shapes)) {
    if (!inRange(shape)) {
      return {
        kind: 'invalid',
        message: t(name === 'α' ? 'explore:beta.invalidAlpha' : 'explore:beta.invalid', {
          name,
          value: formatShape(shape),
          min: MIN_SHAPE,
          max: MAX_SHAPE,
        }),
      };
    }
  }
  return { kind: 'density', alpha: shapes.α, beta: shapes.β };
}
