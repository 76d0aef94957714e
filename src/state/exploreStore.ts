import { create } from 'zustand';
import type { PanelName } from './panels';

export type { PanelName } from './panels';

/**
 * What the Explore panel shows that is not part of a training config: the panel on screen, the seeds
 * of the λ histogram and of the blended-pairs gallery, and the pair under the λ scrubber. The mixing
 * settings themselves (α, β, mode, λ per batch or example) live in the training store's draft, so the
 * Beta panel and the Train panel always show the same α.
 */
interface ExploreState {
  panel: PanelName;
  /** Seed of the λ values drawn for the histogram; Resample changes it. */
  histogramSeed: number;
  /** Seed of the gallery's pairs and λs; Resample changes it. */
  gallerySeed: number;
  /** Index (into the gallery) of the pair shown under the λ scrubber. */
  scrubPair: number;
  /** λ chosen on the scrubber, from 0 (all x_j) to 1 (all x_i). */
  scrubLambda: number;
  showPanel: (panel: PanelName) => void;
  resampleHistogram: () => void;
  resampleGallery: () => void;
  chooseScrubPair: (index: number) => void;
  setScrubLambda: (lambda: number) => void;
}

/** Fresh seeds come from a counter, not the clock, so a session's draws are reproducible in tests. */
const nextSeed = (seed: number): number => (seed + 1) % 2 ** 31;

export const useExploreStore = create<ExploreState>()((set) => ({
  panel: 'explore',
  histogramSeed: 1,
  gallerySeed: 1,
  scrubPair: 0,
  scrubLambda: 0.5,
  showPanel: (panel) => set({ panel }),
  resampleHistogram: () => set((state) => ({ histogramSeed: nextSeed(state.histogramSeed) })),
  resampleGallery: () => set((state) => ({ gallerySeed: nextSeed(state.gallerySeed) })),
  chooseScrubPair: (scrubPair) => set({ scrubPair }),
  setScrubLambda: (scrubLambda) => set({ scrubLambda: Math.min(1, Math.max(0, scrubLambda)) }),
}));
