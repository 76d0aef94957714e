/**
 * The page's one translator: an i18next instance over the catalogue, loaded synchronously so the first render
 * is already in the right language. Pure (no DOM, no React): state, the worker and the UI all read from it;
 * `react-i18next` re-renders components when the language changes.
 */
import { createInstance, type i18n as Translator } from 'i18next';
import { CATALOGUES, type Catalogue } from './catalogue';
import type { Language } from './language';
import { writeNumber, writePercent } from './numbers';

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

/** A number in the page's language, with `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return writeNumber(value, digits, currentLanguage());
}

/** A fraction (0.934) as a percentage in the page's language ("93.40%"), with `digits` decimals. */
export function formatPercent(fraction: number, digits = 2): string {
  return writePercent(fraction, digits, currentLanguage());
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogue;
  }
}
