/**
 * Which test digits the predictions panel shows, and in what order: the ones either arm gets wrong
 * first, since that is where the arms differ, then the least confident, the digits nearest to being
 * got wrong.
 */
import type { Predictions } from '../../mixup/metrics';
import type { EpochSummary } from '../../contract/reports';
import type { ArmName } from '../../contract/protocol';

export interface ArmGuess {
  predicted: number;
  confidence: number;
  correct: boolean;
}

export interface ShowcaseCard {
  /** Index into the test set. */
  index: number;
  label: number;
  baseline: ArmGuess;
  mixup: ArmGuess;
}

type ShowcaseSource = Pick<EpochSummary, 'showcaseIndices'> & Record<ArmName, { showcase: Predictions }>;

function guess(showcase: Predictions, position: number, label: number): ArmGuess {
  const predicted = showcase.predicted[position] ?? -1;
  return { predicted, confidence: showcase.confidence[position] ?? 0, correct: predicted === label };
}

const missedByEither = (card: ShowcaseCard): boolean => !card.baseline.correct || !card.mixup.correct;
const lowerConfidence = (card: ShowcaseCard): number => Math.min(card.baseline.confidence, card.mixup.confidence);

/** Up to `limit` cards for an epoch summary's showcase digits; `labels` are the test set's true labels. */
export function showcaseCards(summary: ShowcaseSource, labels: ArrayLike<number>, limit: number): ShowcaseCard[] {
  const cards = Array.from(summary.showcaseIndices, (index, position): ShowcaseCard => {
    const label = labels[index] ?? -1;
    return {
      index,
      label,
      baseline: guess(summary.baseline.showcase, position, label),
      mixup: guess(summary.mixup.showcase, position, label),
    };
  });
  cards.sort(
    (a, b) => Number(missedByEither(b)) - Number(missedByEither(a)) || lowerConfidence(a) - lowerConfidence(b),
  );
  return cards.slice(0, limit);
}
