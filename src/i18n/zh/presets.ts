import type { presets as en } from '../en/presets';
import type { Messages } from '../messages';

export const presets: Messages<typeof en> = {};
