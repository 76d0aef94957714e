import { useId, useMemo } from 'react';
import { useExploreStore } from '../../../state/exploreStore';
import { BlendFormula } from './BlendFormula';
import { DigitTile } from './DigitTile';
import type { GalleryPair } from './galleryPairs';
import { Sym } from './Notation';
import { filmStrip, scrubFrame } from './scrubPath';
import { shareTexts } from './softLabel';
import { SoftLabelChart } from './SoftLabelChart';

interface LambdaScrubberProps {
  pair: GalleryPair;
  /** 1-based, as the page names the pair. */
  number: number;
  height: number;
  width: number;
}

/** One pair at any λ: a large x̃ under a slider, and the whole path from x_j to x_i as a film strip. */
export function LambdaScrubber({ pair, number, height, width }: LambdaScrubberProps) {
  const lambda = useExploreStore((s) => s.scrubLambda);
  const setLambda = useExploreStore((s) => s.setScrubLambda);
  const frames = useMemo(() => filmStrip(pair, height, width), [pair, height, width]);
  const current = useMemo(() => scrubFrame(pair, lambda, height, width), [pair, lambda, height, width]);
  const titleId = useId();
  const inputId = useId();
  const [own] = shareTexts(current.mix.lambda);
  const cutmix = current.mix.box !== null;

  return (
    <div className="blend-scrub" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        λ scrubber: pair {number} (<Sym base="x" sub="i" />: {pair.labelI}, <Sym base="x" sub="j" />: {pair.labelJ})
      </h3>
      <div className="blend-scrub-main">
        <DigitTile
          width={width}
          height={height}
          pixels={current.mixed}
          label={`The blend x̃ of pair ${number} at λ = ${own}`}
          caption={<BlendFormula mix={current.mix} />}
          box={current.mix.box}
          size="large"
          testId="scrub-mixed"
        />
        <div className="blend-scrub-side">
          <label htmlFor={inputId}>λ for the chosen pair</label>
          <input
            id={inputId}
            type="range"
            min={0}
            max={1}
            step={0.01}
            value={lambda}
            aria-valuetext={`λ = ${own}`}
            onChange={(event) => setLambda(Number(event.currentTarget.value))}
          />
          <div className="blend-scrub-ends" aria-hidden="true">
            <span>
              0: all <Sym base="x" sub="j" />
            </span>
            <span>
              1: all <Sym base="x" sub="i" />
            </span>
          </div>
          <p className="blend-scrub-value" data-testid="scrub-lambda" data-lambda={current.mix.lambda}>
            λ = {own}
            {cutmix && (
              <span className="blend-scrub-hint">
                {' '}
                — the share of pixels left to <Sym base="x" sub="i" />, as near the slider as a whole-pixel box allows
              </span>
            )}
          </p>
          <SoftLabelChart labelI={pair.labelI} labelJ={pair.labelJ} lambda={current.mix.lambda} />
        </div>
      </div>
      <p className="blend-film-title">
        The whole path, from <Sym base="x" sub="j" /> at λ = 0 to <Sym base="x" sub="i" /> at λ = 1:
      </p>
      <ol className="blend-film" aria-label={`Pair ${number} blended at λ = 0, 0.1, … 1`}>
        {frames.map((frame, k) => {
          const [frameLambda] = shareTexts(frame.mix.lambda);
          return (
            <li key={k}>
              <DigitTile
                width={width}
                height={height}
                pixels={frame.mixed}
                label={`λ = ${frameLambda}`}
                caption={frameLambda}
                box={frame.mix.box}
                testId={`film-${k}`}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
