/**
 * The three mistakes of the tutorial this project answers, each with its consequence. The 87% is
 * exact: Beta(1, b) has CDF 1 − (1 − x)^b, so P(λ > ½) = ½^0.2 ≈ 0.871.
 */
export function TutorialNote() {
  return (
    <aside className="tutorial-note" aria-labelledby="tutorial-note-title">
      <h3 id="tutorial-note-title">What a popular tutorial gets wrong</h3>
      <ul>
        <li>
          It draws λ from Beta(1, α) instead of Beta(α, α). That distribution is lopsided: at α = 0.2, λ &gt; 0.5 in 87%
          of draws, so one image nearly always dominates. Try its preset in the Beta panel below.
        </li>
        <li>
          It feeds the blended soft label to <code>nll_loss</code>, which expects one class index per example. The loss
          must be the cross-entropy against ỹ, which is the same as λ·CE(y<sub>i</sub>) + (1 − λ)·CE(y<sub>j</sub>).
        </li>
        <li>
          It flattens its CNN's features to 64·28·28 values, but two 3×3 convolutions without padding and a 2×2 max pool
          leave 64·12·12 = 9,216: the layer sizes do not fit. Our seed-cnn model uses 9,216.
        </li>
      </ul>
    </aside>
  );
}
