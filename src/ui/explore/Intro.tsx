import { MixupFormulas } from './MixupFormulas';
import { TutorialNote } from './TutorialNote';

export function Intro() {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" className="visually-hidden">
        What mixup is
      </h2>
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
