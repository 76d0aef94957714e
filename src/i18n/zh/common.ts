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
  offline: {
    saving: '正在保存数字数据，以便离线使用…',
    saved: '数字数据已保存，可离线使用：断网后本页仍能重新加载并训练。',
  },
  update: {
    ready: 'Mixup 实验场有新版本可用。',
    busy: '正在训练：请在训练结束后再重新加载更新，以免中断。',
    idle: '重新加载即可更新；已保存的运行记录会保留。',
    reload: '重新加载以更新',
  },
  digits: {
    loading: '正在加载 MNIST 测试数字',
    failed: '无法加载数字数据',
    title: '数据：MNIST',
  },
  actions: {
    retry: '重试',
    dismiss: '关闭',
  },
  loading: {
    progress: '{{loaded}} / {{total}} MB',
    starting: '正在开始…',
  },
  expectedTime: {
    short: '≈ {{duration}}',
    long: '在 {{backend}} 上约需 {{duration}}',
    measuring: '正在测量速度…',
  },
  png: {
    button: 'PNG',
    title: '保存为 PNG',
    label: '将{{chart}}保存为 PNG',
    failed: 'PNG 保存失败：{{reason}}',
    notAnImage: '图表无法绘制为图像',
    nothingDrawn: '这个图表还没有绘制任何内容',
    noCanvas: '这个浏览器无法在 canvas 上绘图',
    notEncoded: '图像无法编码',
  },
  measured: {
    source: '摘自 docs/EXPERIMENTS.md。重新运行：',
  },
  link: {
    title: '这个链接有部分内容无法使用',
    keeps_one: '，因此该设置保持默认值：',
    keeps_other: '，因此这些设置保持默认值：',
    unknown: "'{{key}}' 不是本页面的设置；可用的设置有 {{keys}}。",
    repeated: "{{key}} 出现了 {{times}} 次；使用最后一个值 '{{raw}}'。",
    ignored: "{{key}}='{{raw}}' 已被忽略：{{key}} {{reason}}。",
    ignoredList: "{{key}}='{{raw}}' 已被忽略：{{reason}}。",
    dropped: '{{key}}={{value}} 已被忽略：{{reason}}。',
    mustBe: '必须是{{range}}',
    oneOf: '必须是以下之一：{{choices}}',
    flag: '必须是 1 或 0',
    wholeNumber: '必须是 1 到 {{max}} 之间的整数',
  },
};
