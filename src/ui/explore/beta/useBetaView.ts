import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { betaPicture, type BetaPicture } from './betaPicture';
import { mixingShapes, type MixingShapes } from './mixingShapes';

type Drawable = Extract<MixingShapes, { kind: 'density' }>;

/** The explored shapes, with their picture where they can be drawn. */
export type BetaView = Exclude<MixingShapes, Drawable> | (Drawable & { picture: BetaPicture });

/**
 * Deferred, so that while a slider is dragged its thumb and value answer at once and the draws catch
 * up in a render React may drop for a newer one.
 */
export function useBetaView(alpha: number, beta: number | null, seed: number): BetaView {
  const deferredAlpha = useDeferredValue(alpha);
  const deferredBeta = useDeferredValue(beta);
  const deferredSeed = useDeferredValue(seed);
  // An invalid shape's message is in the page's language: a change of language makes the view again.
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    void language; // read, so that the view is made again in the new language
    const shapes = mixingShapes(deferredAlpha, deferredBeta);
    return shapes.kind === 'density'
      ? { ...shapes, picture: betaPicture(shapes.alpha, shapes.beta, deferredSeed) }
      : shapes;
  }, [deferredAlpha, deferredBeta, deferredSeed, language]);
}
