import type { explore as en } from '../en/explore';
import type { Messages } from '../messages';

export const explore: Messages<typeof en> = {};
