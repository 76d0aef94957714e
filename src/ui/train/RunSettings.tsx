import { useTranslation } from 'react-i18next';
import { SETTING_KEYS, settingRow, type TrainConfig } from '../../contract/config';
import { BACKEND_NAMES, ENGINE_NAMES, type BackendChoice, type EngineName } from '../../contract/protocol';
import { formatAlpha } from '../../views/alphaAxis';
import { useLinkStore } from '../../state/linkStore';
import { describeSharedSettings } from '../../views/sweepRows';
import { useTrainingStore } from '../../state/trainingStore';
import { ConfigField } from './ConfigField';

/** What a lesson changes from run to run; the rows marked advanced wait under Advanced. */
const MAIN_FIELDS = SETTING_KEYS.filter((field) => !settingRow(field).advanced);
const ADVANCED_FIELDS = SETTING_KEYS.filter((field) => settingRow(field).advanced);

function BackendField({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('train');
  const backendChoice = useTrainingStore((s) => s.backendChoice);
  const chooseBackend = useTrainingStore((s) => s.chooseBackend);
  return (
    <div className="config-field">
      <label htmlFor="backend-choice">{t('settings.backend')}</label>
      <select
        id="backend-choice"
        value={backendChoice}
        disabled={disabled}
        onChange={(event) => chooseBackend(event.target.value as BackendChoice)}
      >
        <option value="auto">{t('settings.automatic')}</option>
        {BACKEND_NAMES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

function EngineField({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('train');
  const engineChoice = useTrainingStore((s) => s.engineChoice);
  const chooseEngine = useTrainingStore((s) => s.chooseEngine);
  return (
    <div className="config-field">
      <label htmlFor="engine-choice">{t('settings.engine')}</label>
      <select
        id="engine-choice"
        value={engineChoice}
        disabled={disabled}
        title={t('settings.engineHelp')}
        onChange={(event) => chooseEngine(event.target.value as EngineName)}
      >
        {ENGINE_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`settings.engines.${name}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The settings of the run in progress, in a line: they are locked until it ends, and their controls
 * would push the curves off a projector's screen. They return when it ends.
 */
function RunningSettings({ config }: { config: TrainConfig }) {
  const { t } = useTranslation('train');
  const shapes = config.beta === null ? '' : `, β ${formatAlpha(config.beta)}`;
  return (
    <p className="running-settings" data-testid="running-settings">
      <strong>{t('settings.trainingWith')}</strong> α {formatAlpha(config.alpha)}
      {shapes} · {describeSharedSettings(config)}.
    </p>
  );
}

/**
 * The run's settings, drawn from the settings' table; folded into a line while a run trains or is paused. A classroom
 * link shows the main ones only.
 */
export function RunSettings() {
  const { t } = useTranslation('train');
  const draft = useTrainingStore((s) => s.draft);
  const setDraft = useTrainingStore((s) => s.setDraft);
  const invalidField = useTrainingStore((s) => s.error?.field);
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const runConfig = useTrainingStore((s) => s.run.config);
  const classroom = useLinkStore((s) => s.classroom);
  const setClassroom = useLinkStore((s) => s.setClassroom);
  const renderField = (field: keyof TrainConfig) => (
    <ConfigField
      key={field}
      field={field}
      value={draft[field]}
      onChange={(value) => setDraft(field, value)}
      disabled={running}
      invalid={invalidField === field}
    />
  );
  // A sweep's run trains its own α, not the draft's, so the line reads the run's settings.
  if (running && runConfig) return <RunningSettings config={runConfig} />;
  if (classroom) {
    return (
      <>
        <div className="config-grid">{MAIN_FIELDS.map(renderField)}</div>
        <p className="section-note">
          {t('settings.classroom')}{' '}
          <button type="button" className="link-button" onClick={() => setClassroom(false)}>
            {t('settings.showThem')}
          </button>
        </p>
      </>
    );
  }
  return (
    <>
      <div className="config-grid">
        {MAIN_FIELDS.map(renderField)}
        <BackendField disabled={running} />
        <EngineField disabled={running} />
      </div>
      <details className="advanced" open={ADVANCED_FIELDS.some((field) => field === invalidField)}>
        <summary>{t('settings.advanced')}</summary>
        <div className="config-grid">{ADVANCED_FIELDS.map(renderField)}</div>
      </details>
    </>
  );
}
