/**
 * What `npm run experiment:toy` measured, as docs/EXPERIMENTS.md records it: the 2-D panel shows this
 * section's tables and closing paragraph, so its claim is the measured record itself.
 */
import experimentsMarkdown from '../../../docs/EXPERIMENTS.md?raw';
import { parseExperiments } from '../../views/experimentsDoc';

export const TOY_MEASUREMENT_ID = 'toy-2d';

export const toyMeasurement = parseExperiments(experimentsMarkdown).get(TOY_MEASUREMENT_ID) ?? null;
