import { create } from 'zustand';
import { validateConfig } from '../contract/config';
import { parseAlphaList } from '../contract/sweepPlan';
import { useExploreStore } from './exploreStore';
import { openInLanguage, useLanguageStore } from './languageStore';
import { DEFAULT_SETUP, parseSetup, serialiseSetup, type SharedSetup } from './sharedSetup';
import { useSweepStore } from './sweepStore';
import { useTrainingStore } from './trainingStore';

/**
 * What the page's link carries beyond the stores' own state: the classroom flag, and what the opening link got wrong.
 */
interface LinkState {
  /** A classroom link hides the advanced settings. */
  classroom: boolean;
  /**
   * The opening link's query while the notice of its ignored parameters is on show ('' once dismissed, or when it had
   * none). The notice reads the problems from it with `linkProblems`, so they are in the language on screen.
   */
  problemLink: string;
  setClassroom: (classroom: boolean) => void;
  dismissProblems: () => void;
}

export const useLinkStore = create<LinkState>()((set) => ({
  classroom: false,
  problemLink: '',
  setClassroom: (classroom) => set({ classroom }),
  dismissProblems: () => set({ problemLink: '' }),
}));

/** The parameters of a link that were ignored, one sentence each in the page's language now. */
export const linkProblems = (search: string): string[] => (search ? parseSetup(search).problems : []);

/** How long the address bar waits for settings to stop changing before it follows them. */
const URL_WRITE_DELAY_MS = 250;

/**
 * The setup on screen, as a link would carry it. A sweep form whose α list does not read (half typed, or out of the
 * config's range) carries the default list: the form names the fault when Run sweep is pressed.
 */
export function currentSetup(): SharedSetup {
  const training = useTrainingStore.getState();
  const { alphaText, seedCount } = useSweepStore.getState();
  let alphas = DEFAULT_SETUP.sweep.alphas;
  try {
    alphas = parseAlphaList(alphaText, validateConfig(training.draft));
  } catch {
    // Left at the default, as said above.
  }
  return {
    config: training.draft,
    backend: training.backendChoice,
    engine: training.engineChoice,
    preset: training.preset,
    panel: useExploreStore.getState().panel,
    classroom: useLinkStore.getState().classroom,
    sweep: { alphas, seedCount },
    language: useLanguageStore.getState().language,
  };
}

/** The full address of the setup on screen. */
export function setupUrl(): string {
  return `${location.origin}${location.pathname}${serialiseSetup(currentSetup())}`;
}

/**
 * Opens the setup the page's URL describes; ignored parameters are listed for the notice. The link's
 * shapes are the Explore panel's too, so a teacher's α is the one the class sees drawn.
 */
export function applySetupFromUrl(search: string): void {
  const { setup, problems } = parseSetup(search);
  const { config, preset, backend, engine } = setup;
  useTrainingStore.getState().applySetup({ config, preset, backend, engine });
  useExploreStore.getState().setShapes(setup.config.alpha, setup.config.beta);
  useExploreStore.getState().showPanel(setup.panel);
  useSweepStore.getState().setAlphaText(setup.sweep.alphas.join(', '));
  useSweepStore.getState().setSeedCount(setup.sweep.seedCount);
  useLinkStore.setState({ classroom: setup.classroom, problemLink: problems.length ? search : '' });
  openInLanguage(setup.language, globalThis.navigator?.languages ?? []);
}

/**
 * Keeps the address bar on the setup on screen, so the page's own URL is always a link to it, a
 * quarter of a second after the setup last changed. Only changes to the setup rewrite it (training
 * progress does not), and only while the draft is valid: a half-typed number leaves the last good
 * link in place.
 */
export function keepUrlInSync(): void {
  let written = location.search;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Browsers refuse (Safari throws) more than about 100 history changes in 10 s; a dragged slider makes far more.
  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = null;
      write();
    }, URL_WRITE_DELAY_MS);
  };
  const write = () => {
    const setup = currentSetup();
    try {
      validateConfig(setup.config);
    } catch {
      return;
    }
    const query = serialiseSetup(setup);
    if (query === written) return;
    written = query;
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  useTrainingStore.subscribe((state, previous) => {
    if (
      state.draft !== previous.draft ||
      state.preset !== previous.preset ||
      state.backendChoice !== previous.backendChoice ||
      state.engineChoice !== previous.engineChoice
    )
      schedule();
  });
  useExploreStore.subscribe((state, previous) => {
    if (state.panel !== previous.panel) schedule();
  });
  useLinkStore.subscribe((state, previous) => {
    if (state.classroom !== previous.classroom) schedule();
  });
  useSweepStore.subscribe((state, previous) => {
    if (state.alphaText !== previous.alphaText || state.seedCount !== previous.seedCount) schedule();
  });
  useLanguageStore.subscribe((state, previous) => {
    if (state.language !== previous.language) schedule();
  });
  write();
}
