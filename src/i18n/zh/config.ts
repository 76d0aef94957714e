import type { config as en } from '../en/config';
import type { Messages } from '../messages';

export const config: Messages<typeof en> = {};
