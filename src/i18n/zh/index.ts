import { common } from './common';
import { config } from './config';
import { errors } from './errors';
import { explore } from './explore';
import { presets } from './presets';
import { results } from './results';
import { runs } from './runs';
import { sweep } from './sweep';
import { toy } from './toy';
import { train } from './train';

/** Simplified Chinese, by namespace; `catalogue.ts` checks it against English. */
export const zh = { common, explore, toy, train, results, runs, sweep, presets, config, errors } as const;
