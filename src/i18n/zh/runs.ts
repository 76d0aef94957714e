import type { runs as en } from '../en/runs';
import type { Messages } from '../messages';

export const runs: Messages<typeof en> = {};
