import type { presets as en } from '../en/presets';
import type { Messages } from '../messages';

export const presets: Messages<typeof en> = {
  title: {
    'quick-demo': '快速演示',
    'small-data': '小数据',
    'noisy-labels': '噪声标签',
    calibration: '校准',
    'too-much-alpha': 'α 过大',
    'full-mnist': '完整 MNIST',
  },
};
