import { formatShape } from '../beta/logScale';
import type { MixSettings } from './galleryPairs';

/** How the gallery's λs are drawn, e.g. "λ ~ Beta(0.4, 0.4), one draw for the whole batch". */
export function describeDraw({ alpha, beta, lambdaPer }: MixSettings): string {
  const shapes = `${formatShape(alpha)}, ${formatShape(beta ?? alpha)}`;
  const granularity = lambdaPer === 'batch' ? 'one draw for the whole batch' : 'one draw per example';
  return `λ ~ Beta(${shapes}), ${granularity}`;
}
