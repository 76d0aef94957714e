/**
 * The page's languages and how the first one is chosen: a link's `lang`, else the last choice, else the browser's.
 * Pure: the callers pass in what the browser says.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as the switch lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '中文' };

/** The BCP 47 tag the page's `lang` attribute and number formats use. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-CN' };

export const isLanguage = (text: unknown): text is Language => (LANGUAGES as readonly unknown[]).includes(text);

/** The first of the browser's languages the page speaks (zh-CN, zh-TW and zh all read Chinese); English otherwise. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language to open in: the link's, then the one chosen last time, then the browser's. */
export function initialLanguage(
  fromLink: string | null,
  saved: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(fromLink)) return fromLink;
  if (isLanguage(saved)) return saved;
  return languageFromBrowser(browserLanguages);
}
