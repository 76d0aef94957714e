import type { common as en } from '../en/common';
import type { Messages } from '../messages';

export const common: Messages<typeof en> = {
  title: 'Mixup 实验场',
  tagline: '看看 mixup 对手写数字做了什么，并检验它是否真的有用。',
  footer: '一切都在你的浏览器中运行：数字数据来自本站，任何数据都不会离开你的电脑。',
  tabs: {
    label: '面板',
    explore: '探索',
    train: '训练',
    sweep: 'α 扫描',
    runs: '运行记录',
    toy: '二维',
  },
  language: {
    label: '语言 (Language)',
  },
  digits: {
    loading: '正在加载 MNIST 测试数字',
    failed: '无法加载数字数据',
    title: '数据：MNIST',
  },
};
