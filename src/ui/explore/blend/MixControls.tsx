import type { LambdaPer, MixMode } from '../../../mixup/mix';
import { useTrainingStore } from '../../../state/trainingStore';
import type { SegmentOption } from './SegmentedControl';
import { SegmentedControl } from './SegmentedControl';

const MODES: readonly SegmentOption<MixMode>[] = [
  { value: 'mixup', label: 'mixup' },
  { value: 'cutmix', label: 'CutMix' },
];

const GRANULARITIES: readonly SegmentOption<LambdaPer>[] = [
  { value: 'batch', label: 'batch' },
  { value: 'example', label: 'example' },
];

/** The mixing choices, written to the training draft so the next run mixes the way the gallery shows. */
export function MixControls() {
  const mode = useTrainingStore((s) => s.draft.mixMode);
  const lambdaPer = useTrainingStore((s) => s.draft.lambdaPer);
  const setDraft = useTrainingStore((s) => s.setDraft);

  return (
    <div className="blend-controls">
      <SegmentedControl legend="Mixing" options={MODES} value={mode} onChange={(value) => setDraft('mixMode', value)} />
      <SegmentedControl
        legend="One λ per"
        options={GRANULARITIES}
        value={lambdaPer}
        onChange={(value) => setDraft('lambdaPer', value)}
      />
      <p className="blend-shared">These choices are also the Train tab’s: a run mixes the same way.</p>
    </div>
  );
}
