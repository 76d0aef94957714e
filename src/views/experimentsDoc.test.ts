import { describe, expect, it } from 'vitest';
import { parseExperiments, rowOf } from './experimentsDoc';

const DOC = `# Experiments

Intro text.

## small-data — Small data

\`npm run experiment -- --preset small-data --seeds 3\`

Configuration: model tiny, trainSize 1000, beta = alpha, alpha 0.4.

| arm | final acc % | final ECE |
| --- | --- | --- |
| baseline | 94.25 ± 0.34 | 0.0254 ± 0.0032 |
| mixup | 94.60 ± 0.47 | 0.0679 ± 0.0029 |

Accuracy under FGSM (%):

| ε | baseline |
| --- | --- |
| 0 | 94.20 |

What it means.

## noisy-labels — Noisy labels

No tables yet.
`;

describe('parseExperiments', () => {
  const sections = parseExperiments(DOC);

  it('finds each section by its id, with its title and command', () => {
    expect([...sections.keys()]).toEqual(['small-data', 'noisy-labels']);
    const section = sections.get('small-data');
    expect(section?.title).toBe('Small data');
    expect(section?.command).toBe('npm run experiment -- --preset small-data --seeds 3');
    expect(sections.get('noisy-labels')?.command).toBe('');
  });

  it("keeps the closing paragraph as the section's note", () => {
    expect(sections.get('small-data')?.note).toBe('What it means.');
    expect(sections.get('noisy-labels')?.note).toBe('No tables yet.');
  });

  it('reads the configuration line into fields', () => {
    expect(sections.get('small-data')?.configuration).toEqual({
      model: 'tiny',
      trainSize: '1000',
      beta: 'alpha',
      alpha: '0.4',
    });
    const remark = parseExperiments('## s — S\n\nConfiguration: model tiny, epochs 40 (α as in each row).\n');
    expect(remark.get('s')?.configuration).toEqual({ model: 'tiny', epochs: '40' });
  });

  it('reads every table with its caption, header and rows', () => {
    const [summary, fgsm] = sections.get('small-data')?.tables ?? [];
    expect(summary?.caption).toBe('Final test metrics over the seeds (mean ± std)');
    expect(summary?.header).toEqual(['arm', 'final acc %', 'final ECE']);
    expect(rowOf(summary, 'mixup')).toEqual(['mixup', '94.60 ± 0.47', '0.0679 ± 0.0029']);
    expect(fgsm).toEqual({ caption: 'Accuracy under FGSM (%)', header: ['ε', 'baseline'], rows: [['0', '94.20']] });
    expect(sections.get('noisy-labels')?.tables).toEqual([]);
    expect(rowOf(summary, 'nobody')).toBeNull();
  });
});
