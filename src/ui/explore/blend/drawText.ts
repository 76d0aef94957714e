import { t } from '../../../i18n/i18n';
import { formatShape } from '../beta/logScale';
import type { MixSettings } from './galleryPairs';

/** How the gallery's λs are drawn, e.g. "λ ~ Beta(0.4, 0.4), one draw for the whole batch". */
export function describeDraw({ alpha, beta, lambdaPer }: MixSettings): string {
  const shapes = `${formatShape(alpha)}, ${formatShape(beta ?? alpha)}`;
  return t(lambdaPer === 'batch' ? 'explore:blend.drawPerBatch' : 'explore:blend.drawPerExample', { shapes });
}
