import { useTranslation } from 'react-i18next';
import { optionLabel, SETTINGS } from '../../../contract/config';
import type { MixMode } from '../../../mixup/mix';
import { useTrainingStore } from '../../../state/trainingStore';
import type { SegmentOption } from './SegmentedControl';
import { SegmentedControl } from './SegmentedControl';

const MODES: readonly SegmentOption<MixMode>[] = [
  { value: 'mixup', label: 'mixup' },
  { value: 'cutmix', label: 'CutMix' },
];

/** The mixing choices, written to the training draft so the next run mixes the way the gallery shows. */
export function MixControls() {
  const mode = useTrainingStore((s) => s.draft.mixMode);
  const lambdaPer = useTrainingStore((s) => s.draft.lambdaPer);
  const setDraft = useTrainingStore((s) => s.setDraft);
  const { t } = useTranslation('explore');
  // The Train tab's own setting, named as its select names it.
  const granularities = SETTINGS.lambdaPer.options.map((value) => ({
    value,
    label: optionLabel('lambdaPer', value),
  }));

  return (
    <div className="blend-controls">
      <SegmentedControl
        legend={t('blend.controls.mixing')}
        options={MODES}
        value={mode}
        onChange={(value) => setDraft('mixMode', value)}
      />
      <SegmentedControl
        legend={t('blend.controls.lambdaPer')}
        options={granularities}
        value={lambdaPer}
        onChange={(value) => setDraft('lambdaPer', value)}
      />
      <p className="blend-shared">{t('blend.controls.shared')}</p>
    </div>
  );
}
