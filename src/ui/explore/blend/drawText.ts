import type { MixSettings } from './galleryPairs';

/** A Beta shape as a reader would write it: 0.4, not 0.30000000000000004. */
export function formatShape(shape: number): string {
  return String(Number(shape.toPrecision(3)));
}

/** How the gallery's λs are drawn, e.g. "λ ~ Beta(0.4, 0.4), one draw for the whole batch". */
export function describeDraw({ alpha, beta, lambdaPer }: MixSettings): string {
  const shapes = `${formatShape(alpha)}, ${formatShape(beta ?? alpha)}`;
  const granularity = lambdaPer === 'batch' ? 'one draw for the whole batch' : 'one draw per example';
  return `λ ~ Beta(${shapes}), ${granularity}`;
}
