import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MnistSplit } from '../../data/loadMnist';
import type { ArmName } from '../../contract/protocol';
import type { ArmGuess, ShowcaseCard } from './showcase';
import { DigitCanvas } from '../explore/DigitCanvas';
import { ARM_COLOURS, ARM_LABELS } from './armColours';
import { ARMS } from '../../contract/protocol';

function GuessRow({ arm, guess }: { arm: ArmName; guess: ArmGuess }) {
  const { t } = useTranslation('train');
  const percent = Math.round(100 * guess.confidence);
  return (
    <div className={`guess ${guess.correct ? 'guess-right' : 'guess-wrong'}`} data-arm={arm}>
      <span className={`guess-arm arm-${arm}`}>{ARM_LABELS[arm]}</span>
      <span className="guess-answer">
        <span className="guess-mark" aria-label={guess.correct ? t('predictions.right') : t('predictions.wrong')}>
          {guess.correct ? '✓' : '✗'}
        </span>{' '}
        {guess.predicted}
      </span>
      <span className="guess-confidence">{percent}%</span>
      <span className="confidence-bar" aria-hidden="true">
        <span style={{ width: `${percent}%`, background: ARM_COLOURS[arm] }} />
      </span>
    </div>
  );
}

/** One test digit with its true label and what each arm predicted, and how sure it was. */
export const PredictionCard = memo(function PredictionCard({ card, split }: { card: ShowcaseCard; split: MnistSplit }) {
  const { t } = useTranslation('train');
  const size = split.height * split.width;
  const pixels = useMemo(
    () => split.images.subarray(card.index * size, (card.index + 1) * size),
    [split, card.index, size],
  );
  return (
    <li className="prediction-card" data-testid="prediction-card">
      <DigitCanvas
        pixels={pixels}
        width={split.width}
        height={split.height}
        label={t('predictions.digit', { index: card.index, label: card.label })}
      />
      <p className="true-label">
        {t('predictions.trueLabel')} <strong>{card.label}</strong>
      </p>
      {ARMS.map((arm) => (
        <GuessRow key={arm} arm={arm} guess={card[arm]} />
      ))}
    </li>
  );
});
