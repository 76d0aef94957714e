import { PRESET_IDS, PRESETS, presetConfig } from '../../engine/presets';
import { ARMS } from '../../engine/protocol';
import { useTrainingStore } from '../../state/trainingStore';
import { ARM_LABELS } from './armColours';

/** One-click experiments; the chosen one says what to watch and what three seeds measured. */
export function PresetPicker() {
  const preset = useTrainingStore((s) => s.preset);
  const draft = useTrainingStore((s) => s.draft);
  const applyPreset = useTrainingStore((s) => s.applyPreset);
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const chosen = preset ? PRESETS[preset] : null;
  const edited = preset !== null && JSON.stringify(presetConfig(preset)) !== JSON.stringify(draft);
  return (
    <div className="presets">
      <div className="preset-buttons" role="group" aria-label="Presets">
        <span className="preset-label">Presets</span>
        {PRESET_IDS.map((id) => (
          <button key={id} type="button" aria-pressed={preset === id} disabled={running} onClick={() => applyPreset(id)}>
            {PRESETS[id].title}
          </button>
        ))}
      </div>
      {chosen && (
        <div className="preset-note" data-testid="preset-note">
          <p>
            <strong>{chosen.title}.</strong> {chosen.watch}
            {edited && <em> You have changed settings since loading it.</em>}
          </p>
          <p className="section-note">
            Measured over 3 seeds, final test accuracy and ECE:{' '}
            {ARMS.map((arm, i) => (
              <span key={arm}>
                {i > 0 && '; '}
                {ARM_LABELS[arm]} {chosen.measured[arm].accuracy}%, ECE {chosen.measured[arm].ece}
              </span>
            ))}
            . Re-run: <code>npm run experiment -- --preset {chosen.id} --seeds 3</code> (docs/EXPERIMENTS.md).
          </p>
        </div>
      )}
    </div>
  );
}
