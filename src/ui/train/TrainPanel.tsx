import type { TrainConfig } from '../../engine/config';
import { BACKEND_NAMES, type BackendChoice, type ErrorKind } from '../../engine/protocol';
import { useTrainingStore } from '../../state/trainingStore';
import { ErrorBanner } from '../common/ErrorBanner';
import { BackendBadge } from './BackendBadge';
import { ConfigField } from './ConfigField';
import { EpochTable } from './EpochTable';
import { RunControls } from './RunControls';
import { RunProgress } from './RunProgress';

const MAIN_FIELDS: (keyof TrainConfig)[] = ['model', 'trainSize', 'labelNoise', 'epochs', 'batchSize', 'learningRate', 'alpha', 'seed'];
const ADVANCED_FIELDS: (keyof TrainConfig)[] = [
  'optimizer',
  'weightDecay',
  'beta',
  'mixMode',
  'lambdaPer',
  'evalEvery',
  'quickEvalSize',
  'trainEvalSize',
];

const ERROR_TITLES: Record<ErrorKind, string> = {
  config: 'A setting is out of range',
  refused: 'Not started',
  data: 'The training data could not be loaded',
  backend: 'No backend could start',
  diverged: 'Training diverged',
  'device-lost': 'The GPU was lost',
  internal: 'Training failed',
};

export function TrainPanel() {
  const status = useTrainingStore((s) => s.status);
  const draft = useTrainingStore((s) => s.draft);
  const setDraft = useTrainingStore((s) => s.setDraft);
  const error = useTrainingStore((s) => s.error);
  const notice = useTrainingStore((s) => s.notice);
  const backendChoice = useTrainingStore((s) => s.backendChoice);
  const chooseBackend = useTrainingStore((s) => s.chooseBackend);
  const dismissError = useTrainingStore((s) => s.dismissError);
  const dismissNotice = useTrainingStore((s) => s.dismissNotice);
  const running = status === 'training' || status === 'paused';
  const renderField = (field: keyof TrainConfig) => (
    <ConfigField
      key={field}
      field={field}
      value={draft[field]}
      onChange={(value) => setDraft(field, value)}
      disabled={running}
      invalid={error?.field === field}
    />
  );

  return (
    <section className="train" aria-labelledby="train-title">
      <div className="train-head">
        <h2 id="train-title">Train: baseline vs mixup</h2>
        <BackendBadge />
      </div>
      <p className="train-intro">
        Two copies of the same network, from the same initial weights and on the same batches; only the mixup arm blends
        its inputs and labels. Both are tested on the untouched 10,000 test digits.
      </p>
      {notice && <p className="notice" role="status">{notice} <button type="button" onClick={dismissNotice}>Dismiss</button></p>}
      <div className="config-grid">
        {MAIN_FIELDS.map(renderField)}
        <div className="config-field">
          <label htmlFor="backend-choice">Backend</label>
          <select
            id="backend-choice"
            value={backendChoice}
            disabled={running}
            onChange={(event) => chooseBackend(event.target.value as BackendChoice)}
          >
            <option value="auto">automatic</option>
            {BACKEND_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="advanced" open={ADVANCED_FIELDS.includes(error?.field as keyof TrainConfig)}>
        <summary>Advanced settings</summary>
        <div className="config-grid">{ADVANCED_FIELDS.map(renderField)}</div>
      </details>
      <RunControls />
      {error && (
        <ErrorBanner title={ERROR_TITLES[error.kind]} message={error.message} hint={error.hint} onDismiss={dismissError} />
      )}
      <RunProgress />
      <EpochTable />
    </section>
  );
}
