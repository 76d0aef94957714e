import { create } from 'zustand';
import { DEFAULT_CONFIG } from '../contract/config';
import type { PanelName } from './panels';

export type { PanelName } from './panels';

/**
 * What the Explore panel shows that is not part of a training config: the panel on screen, the Beta
 * shapes being explored, the seeds of the λ histogram and of the blended-pairs gallery, and the pair
 * under the λ scrubber. The shapes are the Explore panel's own: trying α there never changes what the
 * Train tab will train (or is training) until the user asks for it, so they start at the defaults
 * and a link sets them with the Train tab's.
 */
interface ExploreState {
  panel: PanelName;
  /** α of the Beta(α, β) on the Explore panel; 0 means no mixing, as in a config. */
  alpha: number;
  /** β, or null for the method's symmetric β = α. */
  beta: number | null;
  /** Seed of the λ values drawn for the histogram; Resample changes it. */
  histogramSeed: number;
  /** Seed of the gallery's pairs and λs; Resample changes it. */
  gallerySeed: number;
  /** Index (into the gallery) of the pair shown under the λ scrubber. */
  scrubPair: number;
  /** λ chosen on the scrubber, from 0 (all x_j) to 1 (all x_i). */
  scrubLambda: number;
  showPanel: (panel: PanelName) => void;
  setShapes: (alpha: number, beta: number | null) => void;
  resampleHistogram: () => void;
  resampleGallery: () => void;
  chooseScrubPair: (index: number) => void;
  setScrubLambda: (lambda: number) => void;
}

/** Fresh seeds come from a counter, not the clock, so a session's draws are reproducible in tests. */
const nextSeed = (seed: number): number => (seed + 1) % 2 ** 31;

export const useExploreStore = create<ExploreState>()((set) => ({
  panel: 'explore',
  alpha: DEFAULT_CONFIG.alpha,
  beta: DEFAULT_CONFIG.beta,
  histogramSeed: 1,
  gallerySeed: 1,
  scrubPair: 0,
  scrubLambda: 0.5,
  showPanel: (panel) => set({ panel }),
  setShapes: (alpha, beta) => set({ alpha, beta }),
  resampleHistogram: () => set((state) => ({ histogramSeed: nextSeed(state.histogramSeed) })),
  resampleGallery: () => set((state) => ({ gallerySeed: nextSeed(state.gallerySeed) })),
  chooseScrubPair: (scrubPair) => set({ scrubPair }),
  setScrubLambda: (scrubLambda) => set({ scrubLambda: Math.min(1, Math.max(0, scrubLambda)) }),
}));
