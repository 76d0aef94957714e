import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from './config';
import { PRESET_IDS, PRESETS, presetConfig } from './presets';

/** The baseline and mixup rows of a preset's table in docs/EXPERIMENTS.md, as their cells. */
function documentedRows(id: string): Record<'baseline' | 'mixup', string[]> {
  const doc = readFileSync(new URL('../../docs/EXPERIMENTS.md', import.meta.url), 'utf8');
  const section = doc.split(/^## /m).find((part) => part.startsWith(`${id} `));
  if (!section) throw new Error(`docs/EXPERIMENTS.md has no section for ${id}`);
  const row = (arm: string) => {
    const line = section.split('\n').find((l) => l.startsWith(`| ${arm} |`));
    if (!line) throw new Error(`docs/EXPERIMENTS.md, ${id}: no ${arm} row`);
    return line.split('|').slice(1, -1).map((cell) => cell.trim());
  };
  return { baseline: row('baseline'), mixup: row('mixup') };
}

describe('presets', () => {
  it.each(PRESET_IDS)('%s loads exactly the defaults with its overrides, a valid configuration', (id) => {
    const config = presetConfig(id);
    expect(config).toEqual({ ...DEFAULT_CONFIG, ...PRESETS[id].overrides });
    expect(validateConfig(config)).toEqual(config);
    expect(PRESETS[id].id).toBe(id);
  });

  it.each(PRESET_IDS)('%s quotes the final accuracy and ECE that docs/EXPERIMENTS.md records', (id) => {
    const rows = documentedRows(id);
    for (const arm of ['baseline', 'mixup'] as const) {
      // Columns: arm, final acc %, best acc %, final NLL, final ECE.
      expect(PRESETS[id].measured[arm]).toEqual({ accuracy: rows[arm][1], ece: rows[arm][4] });
    }
  });

  it('each says what to watch', () => {
    for (const id of PRESET_IDS) expect(PRESETS[id].watch.length).toBeGreaterThan(80);
  });
});
