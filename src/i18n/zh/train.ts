import type { train as en } from '../en/train';
import type { Messages } from '../messages';

export const train: Messages<typeof en> = {};
