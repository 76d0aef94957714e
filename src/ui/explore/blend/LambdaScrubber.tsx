import { useId, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useExploreStore } from '../../../state/exploreStore';
import { BlendFormula } from './BlendFormula';
import { DigitTile } from './DigitTile';
import type { GalleryPair } from './galleryPairs';
import { SYMBOLS } from './Notation';
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
  const { t } = useTranslation('explore');
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
        <Trans
          t={t}
          i18nKey="blend.scrubber.title"
          values={{ number, labelI: pair.labelI, labelJ: pair.labelJ }}
          components={SYMBOLS}
        />
      </h3>
      <div className="blend-scrub-main">
        <DigitTile
          width={width}
          height={height}
          pixels={current.mixed}
          label={t('blend.scrubber.mixed', { number, lambda: own })}
          caption={<BlendFormula mix={current.mix} />}
          box={current.mix.box}
          size="large"
          testId="scrub-mixed"
        />
        <div className="blend-scrub-side">
          <label htmlFor={inputId}>{t('blend.scrubber.slider')}</label>
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
              <Trans t={t} i18nKey="blend.scrubber.allJ" components={SYMBOLS} />
            </span>
            <span>
              <Trans t={t} i18nKey="blend.scrubber.allI" components={SYMBOLS} />
            </span>
          </div>
          <p className="blend-scrub-value" data-testid="scrub-lambda" data-lambda={current.mix.lambda}>
            λ = {own}
            {cutmix && (
              <span className="blend-scrub-hint">
                <Trans t={t} i18nKey="blend.scrubber.cutmixHint" components={SYMBOLS} />
              </span>
            )}
          </p>
          <SoftLabelChart labelI={pair.labelI} labelJ={pair.labelJ} lambda={current.mix.lambda} />
        </div>
      </div>
      <p className="blend-film-title">
        <Trans t={t} i18nKey="blend.scrubber.path" components={SYMBOLS} />
      </p>
      <ol className="blend-film" aria-label={t('blend.scrubber.film', { number })}>
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
