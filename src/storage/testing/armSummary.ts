/** An arm's epoch summary as the tests of what is built on it play it: the metrics given, the rest empty. */
import type { ArmEpochSummary } from '../../contract/reports';

export const armSummary = (
  accuracy: number,
  { nll = 0.3, ece = 0.02, trainAccuracy = 1 }: Partial<Pick<ArmEpochSummary, 'nll' | 'ece' | 'trainAccuracy'>> = {},
): ArmEpochSummary => ({
  accuracy,
  nll,
  ece,
  trainAccuracy,
  perClassAccuracy: [],
  reliability: [],
  showcase: { predicted: new Uint8Array(), confidence: new Float32Array() },
});
