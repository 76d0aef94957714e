import { Trans, useTranslation } from 'react-i18next';
import type { PairMix } from './pairBlend';
import { Sym, SYMBOLS } from './Notation';
import { shareTexts } from './softLabel';

/** What x̃ is made of: the mixup weights, or for CutMix the box taken from x_j. */
export function BlendFormula({ mix }: { mix: PairMix }) {
  const { t } = useTranslation('explore');
  const [own, other] = shareTexts(mix.lambda);
  if (!mix.box) {
    // Narrow cards may wrap the formula, but only before the "+", never inside a term.
    return (
      <>
        <span className="blend-term">
          x̃ = {own}·<Sym base="x" sub="i" />
        </span>{' '}
        <span className="blend-term">
          + {other}·<Sym base="x" sub="j" />
        </span>
      </>
    );
  }
  const { x0, y0, x1, y1 } = mix.box;
  const empty = x1 === x0 || y1 === y0;
  return (
    <>
      x̃ = <Sym base="x" sub="i" />
      {empty ? (
        t('blend.formula.noBox')
      ) : (
        <Trans t={t} i18nKey="blend.formula.box" values={{ width: x1 - x0, height: y1 - y0 }} components={SYMBOLS} />
      )}
    </>
  );
}
