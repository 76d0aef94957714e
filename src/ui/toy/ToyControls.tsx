import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/i18n';
import { useToyStore } from '../../state/toyStore';
import { TOY_DATASETS, type ToyDataset } from '../../toy/datasets';
import { TOY_LIMITS } from '../../toy/run';
import { ShapeSlider } from '../explore/beta/ShapeSlider';

type RangeField = 'noise' | 'trainSize' | 'labelNoise' | 'steps';

const RANGES: readonly { field: RangeField; step: number; show: (value: number) => string }[] = [
  { field: 'trainSize', step: 1, show: String },
  { field: 'noise', step: 0.01, show: (value) => formatNumber(value, 2) },
  { field: 'labelNoise', step: 0.05, show: (value) => formatPercent(value, 0) },
  { field: 'steps', step: 100, show: String },
];

function Control({ label, output, children }: { label: string; output?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="toy-control">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {output !== undefined && <output htmlFor={id}>{output}</output>}
    </div>
  );
}

/** The panel's settings. Its α is its own: the Train tab's α is never read or changed here. */
export function ToyControls() {
  const { t } = useTranslation('toy');
  const config = useToyStore((s) => s.config);
  const status = useToyStore((s) => s.status);
  const setConfig = useToyStore((s) => s.setConfig);
  const train = useToyStore((s) => s.train);
  const reset = useToyStore((s) => s.reset);

  return (
    <div className="toy-controls">
      <div className="toy-alpha">
        <ShapeSlider
          symbol="α"
          name={t('controls.alphaName')}
          value={config.alpha}
          onChange={(alpha) => setConfig({ alpha })}
        />
        <p className="toy-hint">{t('controls.alphaHint')}</p>
      </div>
      <Control label={t('controls.dataset')}>
        {(id) => (
          <select
            id={id}
            value={config.dataset}
            onChange={(event) => setConfig({ dataset: event.target.value as ToyDataset })}
          >
            {TOY_DATASETS.map((dataset) => (
              <option key={dataset} value={dataset}>
                {t(`datasets.${dataset}`)}
              </option>
            ))}
          </select>
        )}
      </Control>
      {RANGES.map(({ field, step, show }) => (
        <Control key={field} label={t(`controls.${field}`)} output={show(config[field])}>
          {(id) => (
            <input
              id={id}
              type="range"
              min={TOY_LIMITS[field].min}
              max={TOY_LIMITS[field].max}
              step={step}
              value={config[field]}
              onChange={(event) => setConfig({ [field]: Number(event.target.value) })}
            />
          )}
        </Control>
      ))}
      <Control label={t('controls.seed')}>
        {(id) => (
          <input
            id={id}
            type="number"
            min={TOY_LIMITS.seed.min}
            max={TOY_LIMITS.seed.max}
            value={config.seed}
            onChange={(event) => {
              const seed = Math.round(Number(event.target.value));
              if (seed >= TOY_LIMITS.seed.min && seed <= TOY_LIMITS.seed.max) setConfig({ seed });
            }}
          />
        )}
      </Control>
      <div className="toy-buttons">
        <button type="button" className="primary" onClick={train} disabled={status === 'training'}>
          {t('controls.train')}
        </button>
        <button type="button" onClick={reset}>
          {t('controls.reset')}
        </button>
      </div>
    </div>
  );
}
