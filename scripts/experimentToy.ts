/**
 * The 2-D panel's claim, measured: for each data set and training size, baseline and mixup over several
 * seeds, with the same code the panel's worker runs (src/toy/run.ts). Prints markdown tables for
 * docs/EXPERIMENTS.md, and how long a run takes.
 *
 *   npm run experiment:toy -- [--seeds 5] [--steps 2000] [--sizes 20,100] [--alphas 0.2,1]
 */
import { parseArgs } from 'node:util';
import { formatMeanStd } from '../src/mixup/stats';
import { TOY_DATASETS, TOY_SPECS } from '../src/toy/datasets';
import { TOY_DEFAULTS, ToyRun, type ArmSummary, type ToyConfig } from '../src/toy/run';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' },
    steps: { type: 'string', default: String(TOY_DEFAULTS.steps) },
    sizes: { type: 'string', default: '20,100' },
    alphas: { type: 'string', default: '0.2,1' },
  },
});
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
const steps = Number(values.steps);
const sizes = values.sizes.split(',').map(Number);
const alphas = values.alphas.split(',').map(Number);

const COLUMNS: readonly { title: string; value: (s: ArmSummary) => number; digits: number; scale?: number }[] = [
  { title: 'test acc %', value: (s) => s.testAccuracy, digits: 1, scale: 100 },
  { title: 'test NLL', value: (s) => s.testNll, digits: 3 },
  { title: 'test ECE', value: (s) => s.testEce, digits: 3 },
  { title: 'unsure band', value: (s) => s.uncertainWidth, digits: 2 },
  { title: 'steepest slope', value: (s) => s.steepestSlope, digits: 1 },
];

const row = (label: string, summaries: readonly ArmSummary[]): string =>
  `| ${[label, ...COLUMNS.map((c) => formatMeanStd(summaries.map(c.value), c.digits, c.scale))].join(' | ')} |`;

let runs = 0;
let trainingMs = 0;
for (const dataset of TOY_DATASETS) {
  for (const trainSize of sizes) {
    const baseline: ArmSummary[] = [];
    const mixup = new Map<number, ArmSummary[]>(alphas.map((alpha) => [alpha, []]));
    for (const alpha of alphas) {
      for (const seed of seeds) {
        const config: ToyConfig = { ...TOY_DEFAULTS, dataset, trainSize, alpha, steps, seed };
        const run = new ToyRun(config);
        const started = performance.now();
        run.advance(steps);
        trainingMs += performance.now() - started;
        runs++;
        const { summary } = run.result();
        // The baseline sees the same batches whatever α is: one copy per seed.
        if (alpha === alphas[0]) baseline.push(summary.baseline);
        mixup.get(alpha)?.push(summary.mixup);
      }
    }
    console.log(`\n${TOY_SPECS[dataset].label}, ${trainSize} training points:\n`);
    console.log(`| arm | ${COLUMNS.map((c) => c.title).join(' | ')} |`);
    console.log(`| ${['---', ...COLUMNS.map(() => '---')].join(' | ')} |`);
    console.log(row('baseline', baseline));
    for (const [alpha, summaries] of mixup) console.log(row(`mixup, α = ${alpha}`, summaries));
  }
}
console.log(
  `\n${runs} runs of ${steps} steps (both arms), ${(trainingMs / runs).toFixed(0)} ms per run on average (training only).`,
);
