import { Trans, useTranslation } from 'react-i18next';
import { BlendFormula } from './BlendFormula';
import { DigitTile } from './DigitTile';
import type { GalleryPair } from './galleryPairs';
import { Sym, SYMBOLS } from './Notation';
import { shareTexts } from './softLabel';
import { SoftLabelChart } from './SoftLabelChart';

interface PairCardProps {
  pair: GalleryPair;
  /** 1-based, as the page names the pair. */
  number: number;
  height: number;
  width: number;
  chosen: boolean;
  /** α = 0: every pair is its own partner, which the gallery explains once rather than on each card. */
  mixingOff: boolean;
  onChoose: () => void;
}

/** One pair of the batch: x_i, its partner x_j, the blend x̃, λ and the soft label. */
export function PairCard({ pair, number, height, width, chosen, mixingOff, onChoose }: PairCardProps) {
  const { t } = useTranslation('explore');
  const { labelI, labelJ, mix } = pair;
  const [own] = shareTexts(mix.lambda);
  const tile = { width, height };

  return (
    <li className={chosen ? 'blend-card blend-card-chosen' : 'blend-card'} data-lambda={mix.lambda}>
      <div className="blend-card-head">
        <h3>{t('blend.card.title', { number })}</h3>
        <span className="blend-lambda">λ = {own}</span>
      </div>
      <div className="blend-tiles">
        <DigitTile
          {...tile}
          pixels={pair.xi}
          label={t('blend.card.xi', { number, index: pair.indexI, digit: labelI })}
          caption={
            <>
              <Sym base="x" sub="i" />: {labelI}
            </>
          }
          testId={`pair-${number}-xi`}
        />
        <DigitTile
          {...tile}
          pixels={pair.xj}
          label={t('blend.card.xj', { number, index: pair.indexJ, digit: labelJ })}
          caption={
            <>
              <Sym base="x" sub="j" />: {labelJ}
            </>
          }
          testId={`pair-${number}-xj`}
        />
        <DigitTile
          {...tile}
          pixels={pair.mixed}
          label={t('blend.card.mixed', { number, lambda: own })}
          caption="x̃"
          box={mix.box}
          testId={`pair-${number}-mixed`}
        />
      </div>
      <p className="blend-formula">
        <BlendFormula mix={mix} />
      </p>
      {pair.indexI === pair.indexJ && !mixingOff && (
        <p className="blend-self">
          <Trans t={t} i18nKey="blend.card.self" components={SYMBOLS} />
        </p>
      )}
      <SoftLabelChart labelI={labelI} labelJ={labelJ} lambda={mix.lambda} />
      <button type="button" className="blend-choose" aria-pressed={chosen} onClick={onChoose}>
        {t('blend.card.scrub', { number })}
      </button>
    </li>
  );
}
