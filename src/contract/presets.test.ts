import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { DEFAULT_CONFIG, validateConfig } from './config';
import { PRESET_IDS, PRESETS, presetConfig } from './presets';

describe('presets', () => {
  it.each(PRESET_IDS)('%s loads exactly the defaults with its overrides, a valid configuration', (id) => {
    const config = presetConfig(id);
    expect(config).toEqual({ ...DEFAULT_CONFIG, ...PRESETS[id].overrides });
    expect(validateConfig(config)).toEqual(config);
    expect(PRESETS[id].id).toBe(id);
  });
});

describe('preset titles', () => {
  afterEach(() => setLanguage('en'));

  it('are read in the page language when shown, English by default', () => {
    expect(PRESETS['quick-demo'].title).toBe('Quick demo');
    setLanguage('zh');
    expect(PRESETS['quick-demo'].title).toBe('快速演示');
    expect(PRESETS['too-much-alpha'].title).toBe('α 过大');
    setLanguage('en');
    expect(PRESETS['too-much-alpha'].title).toBe('Too much α');
  });
});
