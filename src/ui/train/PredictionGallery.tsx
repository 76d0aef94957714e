import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { showcaseCards } from './showcase';
import { useDatasetStore } from '../../state/datasetStore';
import { useTrainingStore } from '../../state/trainingStore';
import { PredictionCard } from './PredictionCard';
import { useRevealed } from './useRevealed';

/** Enough to show every mistake of an early epoch without a wall of digits. */
const MAX_CARDS = 24;
/** Half a row of the desktop grid per task. */
const CARDS_PER_TASK = 3;

/** Both arms' predictions on the same test digits, the ones they get wrong first. */
export function PredictionGallery() {
  const { t } = useTranslation('train');
  // Deferred: two dozen cards render in slices between other work instead of in one long task.
  const latest = useDeferredValue(useTrainingStore((s) => s.run.epochs.at(-1)));
  const testSet = useDatasetStore((s) => s.testSet);
  const cards = useMemo(
    () => (latest && testSet ? showcaseCards(latest, testSet.labels, MAX_CARDS) : []),
    [latest, testSet],
  );
  const shown = useRevealed(cards, CARDS_PER_TASK);
  if (!latest) return null;
  return (
    <section className="predictions" aria-labelledby="predictions-title">
      <h2 id="predictions-title">{t('predictions.title')}</h2>
      <p className="section-note">{t('predictions.note', { epoch: latest.epoch })}</p>
      {testSet ? (
        <ul className="prediction-grid" data-testid="predictions">
          {cards.slice(0, shown).map((card) => (
            <PredictionCard key={card.index} card={card} split={testSet} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('predictions.loading')}</p>
      )}
    </section>
  );
}
