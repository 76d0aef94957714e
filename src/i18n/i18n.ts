/**
 * The page's one translator: an i18next instance over the catalogue, loaded synchronously so the first render
 * is already in the right language. Pure (no DOM, no React): state, the worker and the UI all read from it;
 * `react-i18next` re-renders components when the language changes.
 */
import { createInstance, type i18n as Translator } from 'i18next';
import { CATALOGUES, type Catalogue } from './catalogue';
import { LANGUAGE_TAGS, type Language } from './language';

export const i18n: Translator = createInstance();
void i18n.init({
  resources: CATALOGUES,
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(CATALOGUES.en),
  initAsync: false,
  // React escapes what it renders; the catalogue's own text is trusted.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The translator, bound to the instance: `t('train:start')`. */
export const t: Translator['t'] = i18n.t.bind(i18n);

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
}

export const currentLanguage = (): Language => (i18n.language === 'zh' ? 'zh' : 'en');

/**
 * Number formats by language and style, made once each: building an Intl.NumberFormat costs about a
 * millisecond, and a chart or table formats hundreds of numbers a render.
 */
class NumberFormats {
  private readonly made = new Map<string, Intl.NumberFormat>();

  get(style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
    const tag = LANGUAGE_TAGS[currentLanguage()];
    const key = `${tag} ${style} ${digits}`;
    let format = this.made.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, { style, minimumFractionDigits: digits, maximumFractionDigits: digits });
      this.made.set(key, format);
    }
    return format;
  }
}

const numberFormats = new NumberFormats();

/** A number in the page's language, with `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return numberFormats.get('decimal', digits).format(value);
}

/** A fraction (0.934) as a percentage in the page's language ("93.40%"), with `digits` decimals. */
export function formatPercent(fraction: number, digits = 2): string {
  return numberFormats.get('percent', digits).format(fraction);
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogue;
  }
}
