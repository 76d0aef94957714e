import { describe, expect, it } from 'vitest';
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
