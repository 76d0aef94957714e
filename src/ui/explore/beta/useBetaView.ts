import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { betaPicture, betaPictureSteps, type BetaPicture } from './betaPicture';
import { mixingShapes, type MixingShapes } from './mixingShapes';

type Drawable = Extract<MixingShapes, { kind: 'density' }>;

/**
 * The explored shapes, with their picture where they can be drawn; `null` while the page's first picture
 * is still being drawn.
 */
export type BetaView = Exclude<MixingShapes, Drawable> | (Drawable & { picture: BetaPicture | null });

/**
 * Whether this page has drawn a picture: the first one, drawn while the page opens and before the JIT
 * has warmed the sampler up, is drawn in steps between other tasks; later ones (a few ms) at once.
 */
let warmedUp = false;
/** How long one task may draw for the first picture. */
const STEP_BUDGET_MS = 8;

/** The first picture, drawn a step per task so the page's opening frames are not held up by 20,000 draws. */
function useFirstPicture(shapes: MixingShapes, seed: number): { key: string; picture: BetaPicture } | null {
  const [first, setFirst] = useState<{ key: string; picture: BetaPicture } | null>(null);
  const drawable = shapes.kind === 'density' && !warmedUp;
  const alpha = shapes.kind === 'density' ? shapes.alpha : 0;
  const beta = shapes.kind === 'density' ? shapes.beta : 0;
  useEffect(() => {
    if (!drawable) return;
    const steps = betaPictureSteps(alpha, beta, seed);
    let timer = 0;
    // As many steps per task as fit in a few milliseconds: few while the code is cold, most once it is warm.
    const step = () => {
      const until = performance.now() + STEP_BUDGET_MS;
      for (;;) {
        const result = steps.next();
        if (result.done) {
          warmedUp = true;
          setFirst({ key: `${alpha} ${beta} ${seed}`, picture: result.value });
          return;
        }
        if (performance.now() >= until) break;
      }
      timer = window.setTimeout(step, 0);
    };
    timer = window.setTimeout(step, 0);
    return () => window.clearTimeout(timer);
  }, [drawable, alpha, beta, seed]);
  return first;
}

/**
 * Deferred, so that while a slider is dragged its thumb and value answer at once and the draws catch
 * up in a render React may drop for a newer one.
 */
export function useBetaView(alpha: number, beta: number | null, seed: number): BetaView {
  const deferredAlpha = useDeferredValue(alpha);
  const deferredBeta = useDeferredValue(beta);
  const deferredSeed = useDeferredValue(seed);
  // An invalid shape's message is in the page's language: a change of language makes the shapes again.
  const { i18n } = useTranslation();
  const language = i18n.language;
  const shapes = useMemo(() => {
    void language; // read, so that the shapes are made again in the new language
    return mixingShapes(deferredAlpha, deferredBeta);
  }, [deferredAlpha, deferredBeta, language]);
  const first = useFirstPicture(shapes, deferredSeed);
  return useMemo(() => {
    if (shapes.kind !== 'density') return shapes;
    if (first?.key === `${shapes.alpha} ${shapes.beta} ${deferredSeed}`) return { ...shapes, picture: first.picture };
    if (!warmedUp) return { ...shapes, picture: null };
    return { ...shapes, picture: betaPicture(shapes.alpha, shapes.beta, deferredSeed) };
  }, [shapes, first, deferredSeed]);
}
