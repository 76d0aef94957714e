import type { toy as en } from '../en/toy';
import type { Messages } from '../messages';

export const toy: Messages<typeof en> = {};
