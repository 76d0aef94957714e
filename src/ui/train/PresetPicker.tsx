import { PRESET_IDS, PRESETS, presetConfig, type PresetId } from '../../engine/presets';
import { ARMS } from '../../engine/protocol';
import { headlineOf, measurementOf } from '../../state/measuredPresets';
import { useTrainingStore } from '../../state/trainingStore';
import { MeasuredDetails } from '../common/MeasuredDetails';
import { ARM_LABELS } from './armColours';
import { ExpectedTime } from '../common/ExpectedTime';

/**
 * What to watch in a preset and what three seeds measured, straight from docs/EXPERIMENTS.md. Folded
 * to one line, so that on a projector's 720 pixels choosing a preset leaves Start on screen.
 */
function PresetNote({ id, edited }: { id: PresetId; edited: boolean }) {
  const measurement = measurementOf(id);
  if (!measurement) return null;
  return (
    <details className="preset-note" data-testid="preset-note">
      <summary>
        <strong>{PRESETS[id].title}:</strong> what to watch, and what 3 seeds measured.
        {edited && <em> You have changed settings since loading it.</em>}
      </summary>
      <p>{measurement.note}</p>
      <p className="section-note">
        Measured over 3 seeds, final test accuracy and ECE:{' '}
        {ARMS.map((arm, i) => {
          const figures = headlineOf(measurement, arm);
          return (
            figures && (
              <span key={arm}>
                {i > 0 && '; '}
                {ARM_LABELS[arm]} {figures.accuracy}%, ECE {figures.ece}
              </span>
            )
          );
        })}
        .
      </p>
      <MeasuredDetails section={measurement} summary="All the measured numbers" />
    </details>
  );
}

/** One-click experiments; the chosen one says what to watch and what three seeds measured. */
export function PresetPicker() {
  const preset = useTrainingStore((s) => s.preset);
  const draft = useTrainingStore((s) => s.draft);
  const applyPreset = useTrainingStore((s) => s.applyPreset);
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const edited = preset !== null && JSON.stringify(presetConfig(preset)) !== JSON.stringify(draft);
  return (
    <div className="presets">
      <div className="preset-buttons" role="group" aria-label="Presets">
        <span className="preset-label">Presets</span>
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
