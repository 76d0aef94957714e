import type { errors as en } from '../en/errors';
import type { Messages } from '../messages';

export const errors: Messages<typeof en> = {};
