import { Trans, useTranslation } from 'react-i18next';
import { PRESET_IDS, PRESETS } from '../../contract/presets';
import { useExploreStore } from '../../state/exploreStore';
import { useTrainingStore } from '../../state/trainingStore';
import { MixupFormulas } from './MixupFormulas';
import { TutorialNote } from './TutorialNote';

/** The first preset is the short one meant for a first look, so the first screen offers it by name. */
const FIRST_PRESET = PRESETS[PRESET_IDS[0]];

/** One line on what to do first: a button that loads the first preset and opens the Train tab. */
function QuickStart() {
  const { t } = useTranslation('explore');
  const applyPreset = useTrainingStore((s) => s.applyPreset);
  const running = useTrainingStore((s) => s.status === 'training' || s.status === 'paused');
  const showPanel = useExploreStore((s) => s.showPanel);
  return (
    <p className="quick-start">
      <button
        type="button"
        className="primary"
        onClick={() => {
          // A run in progress keeps its settings: the button then only opens the Train tab to watch it.
          if (!running) applyPreset(FIRST_PRESET.id);
          showPanel('train');
        }}
      >
        {FIRST_PRESET.title}
      </button>
      <span>{running ? t('intro.running') : t('intro.quickStart')}</span>
    </p>
  );
}

export function Intro() {
  const { t } = useTranslation('explore');
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" className="visually-hidden">
        {t('intro.title')}
      </h2>
      <QuickStart />
      <p className="lede">{t('intro.lede')}</p>
      <p>{t('intro.beta')}</p>
      <MixupFormulas />
      <p className="formula-note">
        <Trans t={t} i18nKey="intro.formulaNote" components={{ sub: <sub /> }} />
      </p>
      <TutorialNote />
    </section>
  );
}
