import type { sweep as en } from '../en/sweep';
import type { Messages } from '../messages';

export const sweep: Messages<typeof en> = {};
