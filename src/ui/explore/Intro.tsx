import { PRESET_IDS, PRESETS } from '../../engine/presets';
import { useExploreStore } from '../../state/exploreStore';
import { useTrainingStore } from '../../state/trainingStore';
import { MixupFormulas } from './MixupFormulas';
import { TutorialNote } from './TutorialNote';

/** The first preset is the short one meant for a first look, so the first screen offers it by name. */
const FIRST_PRESET = PRESETS[PRESET_IDS[0]];

/** One line on what to do first: a button that loads the first preset and opens the Train tab. */
function QuickStart() {
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
      <span>
        {running
          ? 'A run is training: watch it on the Train tab.'
          : 'loads a short experiment on the Train tab: press Start there to train a plain network and a mixup one side by side.'}
      </span>
    </p>
  );
}

export function Intro() {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" className="visually-hidden">
        What mixup is
      </h2>
      <QuickStart />
      <p className="lede">
        Mixup trains a network on blends of examples instead of the examples themselves: it takes two training images
        and lays one over the other, and asks for the same blend of their labels.
      </p>
      <p>
        The blend weight λ is drawn afresh from a Beta(α, α) distribution, so a small α keeps most images nearly pure
        while α = 1 mixes them uniformly. Its authors (Zhang et al., 2018) report better generalisation and calibration
        on large benchmarks; here you can measure what it does on MNIST.
      </p>
      <MixupFormulas />
      <p className="formula-note">
        Here x<sub>i</sub> and x<sub>j</sub> are two images of the same batch (x<sub>j</sub> from a random permutation
        of it), y<sub>i</sub> and y<sub>j</sub> their one-hot labels, and p the network's softmax output for x̃. Tests
        never mix: the network is evaluated on plain images.
      </p>
      <TutorialNote />
    </section>
  );
}
