/**
 * The three-seed measurement of each preset and of the α sweep, as docs/EXPERIMENTS.md records it (bundled with the
 * page).
 */
import experimentsMarkdown from '../../docs/EXPERIMENTS.md?raw';
import type { PresetId } from '../contract/presets';
import { parseExperiments, rowOf, type ExperimentSection } from './experimentsDoc';

const SECTIONS = parseExperiments(experimentsMarkdown);

/** The α sweep's section: the small-data preset once per α. */
export const SWEEP_MEASUREMENT_ID = 'alpha-sweep';

export function measurementOf(id: PresetId | typeof SWEEP_MEASUREMENT_ID): ExperimentSection | null {
  return SECTIONS.get(id) ?? null;
}

export interface HeadlineFigures {
  /** Final test accuracy in %, mean ± std. */
  accuracy: string;
  ece: string;
}

/** An arm's final accuracy and ECE, from the section's first (summary) table. */
export function headlineOf(section: ExperimentSection, arm: 'baseline' | 'mixup'): HeadlineFigures | null {
  const table = section.tables[0];
  const row = rowOf(table, arm);
  const accuracy = row?.[table?.header.indexOf('final acc %') ?? -1];
  const ece = row?.[table?.header.indexOf('final ECE') ?? -1];
  return accuracy && ece ? { accuracy, ece } : null;
}
