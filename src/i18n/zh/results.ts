import type { results as en } from '../en/results';
import type { Messages } from '../messages';

export const results: Messages<typeof en> = {};
