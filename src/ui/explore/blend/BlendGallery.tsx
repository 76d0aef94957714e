import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { MnistSplit } from '../../../data/loadMnist';
import { useExploreStore } from '../../../state/exploreStore';
import { useTrainingStore } from '../../../state/trainingStore';
import './blend.css';
import { describeDraw } from './drawText';
import type { GalleryPair, MixSettings } from './galleryPairs';
import { GALLERY_SIZE, drawGallery } from './galleryPairs';
import { LambdaScrubber } from './LambdaScrubber';
import { MixControls } from './MixControls';
import { SYMBOLS } from './Notation';
import { PairCard } from './PairCard';

type Gallery = { pairs: GalleryPair[] } | { error: string };

/** Settings the mixing library refuses are explained instead of breaking the page. */
function tryDrawGallery(split: MnistSplit, seed: number, settings: MixSettings): Gallery {
  try {
    return { pairs: drawGallery(split, seed, settings) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Real test digits mixed the way a training step mixes its batch: with the Beta panel's shapes, and the
 * training draft's mode and λ granularity, which the controls below set.
 */
export function BlendGallery({ split }: { split: MnistSplit }) {
  const { t } = useTranslation('explore');
  const alpha = useExploreStore((s) => s.alpha);
  const beta = useExploreStore((s) => s.beta);
  const mode = useTrainingStore((s) => s.draft.mixMode);
  const lambdaPer = useTrainingStore((s) => s.draft.lambdaPer);
  const seed = useExploreStore((s) => s.gallerySeed);
  const resample = useExploreStore((s) => s.resampleGallery);
  const scrubPair = useExploreStore((s) => s.scrubPair);
  const chooseScrubPair = useExploreStore((s) => s.chooseScrubPair);

  const settings = useMemo(() => ({ alpha, beta, mode, lambdaPer }), [alpha, beta, mode, lambdaPer]);
  const gallery = useMemo(() => tryDrawGallery(split, seed, settings), [split, seed, settings]);
  const { height, width } = split;
  const mixingOff = alpha === 0;
  const pairs = 'pairs' in gallery ? gallery.pairs : [];
  const chosen = Math.min(scrubPair, pairs.length - 1);
  const chosenPair = pairs[chosen];

  return (
    <section className="blend" aria-labelledby="blend-title">
      <div className="blend-head">
        <h2 id="blend-title">{t('blend.title')}</h2>
        <button type="button" onClick={resample}>
          {t('blend.resample')}
        </button>
      </div>
      <p className="blend-intro">
        {t('blend.intro', { size: GALLERY_SIZE, draw: describeDraw(settings) })}
        {mode === 'cutmix' && <Trans t={t} i18nKey="blend.cutmix" components={SYMBOLS} />}
      </p>
      <MixControls />
      {'error' in gallery ? (
        <p className="blend-note" role="status">
          {t('blend.refused', { reason: gallery.error })}
        </p>
      ) : (
        <>
          {mixingOff && (
            <p className="blend-note" role="status">
              <Trans t={t} i18nKey="blend.mixingOff" components={SYMBOLS} />
            </p>
          )}
          <Legend cutmix={mode === 'cutmix'} />
          <ol className="blend-grid" aria-label={t('blend.pairs')}>
            {pairs.map((pair, k) => (
              <PairCard
                key={k}
                pair={pair}
                number={k + 1}
                height={height}
                width={width}
                chosen={k === chosen}
                mixingOff={mixingOff}
                onChoose={() => chooseScrubPair(k)}
              />
            ))}
          </ol>
          {chosenPair && <LambdaScrubber pair={chosenPair} number={chosen + 1} height={height} width={width} />}
        </>
      )}
    </section>
  );
}

/** The key to the two bar colours, and for CutMix to the box outline. */
function Legend({ cutmix }: { cutmix: boolean }) {
  const { t } = useTranslation('explore');
  return (
    <p className="blend-legend">
      <span>
        <span className="blend-swatch blend-swatch-i" aria-hidden="true" />{' '}
        <Trans t={t} i18nKey="blend.legend.shareI" components={SYMBOLS} />
      </span>
      <span>
        <span className="blend-swatch blend-swatch-j" aria-hidden="true" />{' '}
        <Trans t={t} i18nKey="blend.legend.shareJ" components={SYMBOLS} />
      </span>
      {cutmix && (
        <span>
          <span className="blend-swatch blend-swatch-box" aria-hidden="true" />{' '}
          <Trans t={t} i18nKey="blend.legend.box" components={SYMBOLS} />
        </span>
      )}
    </p>
  );
}
