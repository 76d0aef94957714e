import { useId } from 'react';

/** Symmetric settings worth comparing; presetClaims.test.ts checks the shares quoted against the exact Beta CDF. */
const PRESETS = [
  { alpha: 0.1, effect: 'Close to plain training: 4 in 5 blends are over 90% one image.' },
  { alpha: 0.2, effect: "Used in the paper's ImageNet runs: mostly near-pure images, a few real blends." },
  { alpha: 0.4, effect: 'About half the blends are over 90% one image.' },
  { alpha: 1, effect: 'λ is uniform on [0, 1]: every blend is equally likely.' },
  { alpha: 2, effect: 'λ leans towards 0.5: only 1 in 18 blends is over 90% one image.' },
  { alpha: 8, effect: 'λ stays near 0.5: most images are close to half-and-half blends, and training can underfit.' },
] as const;

interface ShapePresetsProps {
  alpha: number;
  beta: number | null;
  /** Beta(α, α): the method's symmetric form. */
  onSymmetric: (alpha: number) => void;
  /** Beta(1, α), the tutorial's form; absent when there is no α to build it from. */
  onTutorial: (() => void) | null;
}

export function ShapePresets({ alpha, beta, onSymmetric, onTutorial }: ShapePresetsProps) {
  const id = useId();
  return (
    <div className="beta-presets">
      <h3 id={`${id}-title`}>Presets for α</h3>
      <ul aria-labelledby={`${id}-title`}>
        {PRESETS.map((preset, i) => (
          <li key={preset.alpha}>
            <button
              type="button"
              aria-pressed={beta === null && alpha === preset.alpha}
              aria-describedby={`${id}-${i}`}
              onClick={() => onSymmetric(preset.alpha)}
            >
              {preset.alpha}
            </button>
            <span id={`${id}-${i}`}>{preset.effect}</span>
          </li>
        ))}
      </ul>
      <div className="beta-mistake">
        <button
          type="button"
          aria-pressed={beta !== null && alpha === 1}
          aria-describedby={`${id}-mistake`}
          disabled={onTutorial === null}
          onClick={onTutorial ?? undefined}
        >
          Beta(1, α) — the tutorial&apos;s mistake
        </button>
        <p id={`${id}-mistake`}>
          Wrong: the paper draws λ ~ Beta(α, α), symmetric, so x<sub>i</sub> and x<sub>j</sub> play the same part.
          Beta(1, α) is lopsided: for α &lt; 1, λ &gt; 0.5 most of the time and the first image usually dominates.
        </p>
      </div>
    </div>
  );
}
