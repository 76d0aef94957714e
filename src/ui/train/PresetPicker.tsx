import { useTranslation } from 'react-i18next';
import { PRESET_IDS, PRESETS, presetConfig, type PresetId } from '../../contract/presets';
import { ARMS } from '../../contract/protocol';
import { headlineOf, measurementOf } from '../../views/measuredPresets';
import { useTrainingStore } from '../../state/trainingStore';
import { MeasuredDetails } from '../common/MeasuredDetails';
import { ARM_LABELS } from './armColours';
import { ExpectedTime } from '../common/ExpectedTime';

/**
 * What to watch in a preset and what three seeds measured, straight from docs/EXPERIMENTS.md. Folded
 * to one line, so that on a projector's 720 pixels choosing a preset leaves Start on screen.
 */
function PresetNote({ id, edited }: { id: PresetId; edited: boolean }) {
  const { t } = useTranslation('train');
  const measurement = measurementOf(id);
  if (!measurement) return null;
  return (
    <details className="preset-note" data-testid="preset-note">
      <summary>
        <strong>{PRESETS[id].title}:</strong> {t('presets.watch')}
        {edited && <em> {t('presets.edited')}</em>}
      </summary>
      <p>{measurement.note}</p>
      <p className="section-note">
        {t('presets.measured')}{' '}
        {ARMS.map((arm, i) => {
          const figures = headlineOf(measurement, arm);
          return (
            figures && (
              <span key={arm}>
                {i > 0 && '; '}
                {t('presets.figures', { arm: ARM_LABELS[arm], accuracy: figures.accuracy, ece: figures.ece })}
              </span>
            )
          );
        })}
        .
      </p>
      <MeasuredDetails section={measurement} summary={t('presets.allNumbers')} />
    </details>
  );
}

/** One-click experiments; the chosen one says what to watch and what three seeds measured. */
export function PresetPicker() {
  const { t } = useTranslation('train');
  const preset = useTrainingStore((s) => s.preset);
  const draft = useTrainingStore((s) => s.draft);
  const applyPreset = useTrainingStore((s) => s.applyPreset);
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const edited = preset !== null && JSON.stringify(presetConfig(preset)) !== JSON.stringify(draft);
  return (
    <div className="presets">
      <div className="preset-buttons" role="group" aria-label={t('presets.label')}>
        <span className="preset-label">{t('presets.label')}</span>
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={preset === id}
            disabled={running}
            onClick={() => applyPreset(id)}
          >
            {PRESETS[id].title} <ExpectedTime runs={[{ config: presetConfig(id), arms: 2 }]} short />
          </button>
        ))}
      </div>
      {preset && <PresetNote id={preset} edited={edited} />}
    </div>
  );
}
