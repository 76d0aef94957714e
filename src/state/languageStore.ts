/**
 * The page's language: chosen once at load (link, last choice, browser) and by the Language switch. A choice is
 * kept in localStorage for the next visit, and the translator and the page's `lang` attribute follow the store.
 */
import { create } from 'zustand';
import { setLanguage, t } from '../i18n/i18n';
import { initialLanguage, LANGUAGE_TAGS, type Language } from '../i18n/language';

const STORAGE_KEY = 'mixup-playground.language';

interface LanguageState {
  language: Language;
  /** The user's choice: applied, and kept for the next visit. */
  choose: (language: Language) => void;
}

function apply(language: Language): void {
  setLanguage(language);
  if (typeof document === 'undefined') return;
  document.documentElement.lang = LANGUAGE_TAGS[language];
  document.title = t('title');
}

function savedChoice(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage a browser refuses (a privacy mode) only costs the choice's memory.
    return null;
  }
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: 'en',
  choose: (language) => {
    apply(language);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // As above: the page still switches.
    }
    set({ language });
  },
}));

/** Opens the page in the link's language, else the last choice, else the browser's; a link's language is not saved. */
export function openInLanguage(fromLink: string | null, browserLanguages: readonly string[]): void {
  const language = initialLanguage(fromLink, savedChoice(), browserLanguages);
  apply(language);
  useLanguageStore.setState({ language });
}
