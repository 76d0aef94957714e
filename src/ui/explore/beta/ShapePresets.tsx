import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';

/** Symmetric settings worth comparing; presetClaims.test.ts checks the shares quoted against the exact Beta CDF. */
const PRESETS = [
  { alpha: 0.1, effect: 'nearlyPlain' },
  { alpha: 0.2, effect: 'imageNet' },
  { alpha: 0.4, effect: 'half' },
  { alpha: 1, effect: 'uniform' },
  { alpha: 2, effect: 'leans' },
  { alpha: 8, effect: 'middle' },
] as const;

interface ShapePresetsProps {
  alpha: number;
  beta: number | null;
  /** Beta(α, α): the method's symmetric form. */
  onSymmetric: (alpha: number) => void;
  /** Beta(1, α), the tutorial's form; absent when there is no α to build it from. */
  onTutorial: (() => void) | null;
}

export function ShapePresets({ alpha, beta, onSymmetric, onTutorial }: ShapePresetsProps) {
  const { t } = useTranslation('explore');
  const id = useId();
  return (
    <div className="beta-presets">
      <h3 id={`${id}-title`}>{t('beta.presets.title')}</h3>
      <ul aria-labelledby={`${id}-title`}>
        {PRESETS.map((preset, i) => (
          <li key={preset.alpha}>
            <button
              type="button"
              aria-pressed={beta === null && alpha === preset.alpha}
              aria-describedby={`${id}-${i}`}
              onClick={() => onSymmetric(preset.alpha)}
            >
              {preset.alpha}
            </button>
            <span id={`${id}-${i}`}>{t(`beta.presets.${preset.effect}`)}</span>
          </li>
        ))}
      </ul>
      <div className="beta-mistake">
        <button
          type="button"
          aria-pressed={beta !== null && alpha === 1}
          aria-describedby={`${id}-mistake`}
          disabled={onTutorial === null}
          onClick={onTutorial ?? undefined}
        >
          {t('beta.presets.mistake')}
        </button>
        <p id={`${id}-mistake`}>
          <Trans t={t} i18nKey="beta.presets.mistakeNote" components={{ sub: <sub /> }} />
        </p>
      </div>
    </div>
  );
}
