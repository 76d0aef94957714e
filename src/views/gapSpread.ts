/**
 * How far apart the two arms of one run may land by chance: the seed-to-seed spread of each mixup − baseline
 * gap, measured over several seeds (a preset's section of docs/EXPERIMENTS.md, or seeds repeated on the page),
 * and the rule that judges a run's gap against it. Pure, no React.
 */
import { presetConfig, PRESET_IDS, PRESETS, type PresetId } from '../contract/presets';
import type { TrainConfig } from '../contract/config';
import type { ArmName } from '../contract/protocol';
import type { EpochSummary, RunRobustness } from '../contract/reports';
import { t } from '../i18n/i18n';
import { beyondSpread, meanStd } from '../mixup/stats';
import { rowOf, type ExperimentSection } from './experimentsDoc';
import { measurementOf } from './measuredPresets';

/** One run's gaps, mixup − baseline, at its end; accuracies as fractions. */
export interface RunGaps {
  accuracy: number;
  nll: number;
  ece: number;
  /** Each arm's accuracy under FGSM per attack strength; empty when the attack has not run. */
  fgsm: readonly AttackedAccuracy[];
}

export interface AttackedAccuracy {
  epsilon: number;
  baseline: number;
  mixup: number;
}

export const attackGap = (point: AttackedAccuracy): number => point.mixup - point.baseline;

export type GapMetric = 'accuracy' | 'nll' | 'ece';

/** The sample standard deviation of each gap over the seeds; null where it was not measured. */
export interface Spread {
  /** Where it was measured, to finish "the spread between …", e.g. "the 3 seeds measured for Small data". */
  measuredOn: string;
  accuracy: number | null;
  nll: number | null;
  ece: number | null;
  /** By ε. */
  fgsm: ReadonlyMap<number, number>;
}

/** What a run's gaps are judged against. */
export type SpreadSource =
  { kind: 'preset'; id: PresetId } | { kind: 'repeat'; seeds: readonly RunGaps[] } | { kind: 'none' };

/** The spread, or why there is none: a custom setup, or a preset nobody has measured yet. */
export type SpreadLookup =
  { kind: 'known'; spread: Spread } | { kind: 'custom' } | { kind: 'unmeasured'; preset: string };

export function gapsOf(final: EpochSummary, robustness: RunRobustness | null): RunGaps {
  return {
    accuracy: final.mixup.accuracy - final.baseline.accuracy,
    nll: final.mixup.nll - final.baseline.nll,
    ece: final.mixup.ece - final.baseline.ece,
    fgsm: (robustness?.baseline ?? []).flatMap((point, i) => {
      const mixup = robustness?.mixup[i];
      return mixup ? [{ epsilon: point.epsilon, baseline: point.accuracy, mixup: mixup.accuracy }] : [];
    }),
  };
}

/**
 * The preset a run belongs to: the one whose whole configuration it has. A preset loaded and then edited is a
 * custom setup, so the preset's measured spread does not describe it.
 */
export function presetOf(config: TrainConfig): PresetId | null {
  const wanted = JSON.stringify(config);
  return PRESET_IDS.find((id) => JSON.stringify(presetConfig(id)) === wanted) ?? null;
}

/** The "± x" of a "mean ± std" cell, times `scale`; null for an empty or unreadable cell. */
function stdOfCell(cell: string | undefined, scale: number): number | null {
  const match = /±\s*(-?\d+(?:\.\d+)?)/.exec(cell ?? '');
  return match?.[1] ? Number(match[1]) * scale : null;
}

/**
 * The spread a preset's section records: the "mixup − baseline" row of its summary table (accuracy in %) and the
 * last column of its FGSM table (one row per ε, in %). Null when the section has no such row.
 */
export function measuredSpread(section: ExperimentSection, title: string): Spread | null {
  const summary = section.tables[0];
  const row = rowOf(summary, 'mixup − baseline');
  if (!summary || !row) return null;
  const column = (name: string) => row[summary.header.indexOf(name)];
  const fgsmTable = section.tables.find((table) => table.header[0] === 'ε');
  const fgsmColumn = fgsmTable?.header.indexOf('mixup − baseline') ?? -1;
  const fgsm = new Map<number, number>();
  for (const cells of fgsmTable?.rows ?? []) {
    const std = stdOfCell(cells[fgsmColumn], 0.01);
    if (std !== null) fgsm.set(Number(cells[0]), std);
  }
  const seeds = /--seeds (\d+)/.exec(section.command)?.[1];
  return {
    measuredOn: seeds
      ? t('results:spread.measuredFor', { seeds, title })
      : t('results:spread.measuredForSeveral', { title }),
    accuracy: stdOfCell(column('final acc %'), 0.01),
    nll: stdOfCell(column('final NLL'), 1),
    ece: stdOfCell(column('final ECE'), 1),
    fgsm,
  };
}

/** The spread of the gaps of the same setup trained once per seed; it needs two seeds at least. */
export function repeatSpread(seeds: readonly RunGaps[]): Spread | null {
  if (seeds.length < 2) return null;
  const std = (read: (gaps: RunGaps) => number) => meanStd(seeds.map(read)).std;
  const fgsm = new Map<number, number>();
  for (const { epsilon } of seeds[0]?.fgsm ?? []) {
    const attacked = seeds.map((run) => run.fgsm.find((point) => point.epsilon === epsilon));
    if (attacked.every((point) => point !== undefined)) fgsm.set(epsilon, meanStd(attacked.map(attackGap)).std);
  }
  return {
    measuredOn: t('results:spread.repeated', { seeds: seeds.length }),
    accuracy: std((gaps) => gaps.accuracy),
    nll: std((gaps) => gaps.nll),
    ece: std((gaps) => gaps.ece),
    fgsm,
  };
}

export function lookUpSpread(source: SpreadSource): SpreadLookup {
  if (source.kind === 'none') return { kind: 'custom' };
  if (source.kind === 'repeat') {
    const spread = repeatSpread(source.seeds);
    return spread ? { kind: 'known', spread } : { kind: 'custom' };
  }
  const { title } = PRESETS[source.id];
  const section = measurementOf(source.id);
  const spread = section && measuredSpread(section, title);
  return spread ? { kind: 'known', spread } : { kind: 'unmeasured', preset: title };
}

/**
 * Whether a gap stands out: 'clear' when it is larger than the spread between seeds, 'noise' when it is not,
 * 'unknown' without a spread. Sign conventions: for accuracy higher is better, for NLL and ECE lower is.
 */
export type Standing = 'clear' | 'noise' | 'unknown';

export interface Judgement {
  /** The arm ahead; null for no difference at all. */
  ahead: ArmName | null;
  standing: Standing;
}

export function judgeGap(gap: number, spread: number | null, direction: 'higher' | 'lower'): Judgement {
  const ahead = gap === 0 || !Number.isFinite(gap) ? null : gap > 0 === (direction === 'higher') ? 'mixup' : 'baseline';
  if (spread === null || !Number.isFinite(spread)) return { ahead, standing: 'unknown' };
  return { ahead, standing: ahead !== null && beyondSpread(gap, spread) ? 'clear' : 'noise' };
}
