import { describe, expect, it } from 'vitest';
import { initialLanguage, languageFromBrowser } from './language';

describe('the first language', () => {
  it("reads the browser's first language the page speaks", () => {
    expect(languageFromBrowser(['zh-CN', 'en'])).toBe('zh');
    expect(languageFromBrowser(['zh-TW'])).toBe('zh');
    expect(languageFromBrowser(['fr-FR', 'zh'])).toBe('zh');
    expect(languageFromBrowser(['fr-FR', 'de'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });

  it('takes the link first, then the saved choice, then the browser', () => {
    expect(initialLanguage('zh', 'en', ['en'])).toBe('zh');
    expect(initialLanguage(null, 'zh', ['en'])).toBe('zh');
    expect(initialLanguage(null, null, ['zh-CN'])).toBe('zh');
    expect(initialLanguage('xx', 'yy', ['en-GB'])).toBe('en');
  });
});
