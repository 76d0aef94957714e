import type { toy as en } from '../en/toy';
import type { Messages } from '../messages';

export const toy: Messages<typeof en> = {
  panel: {
    title: '二维：决策边界',
    intro:
      'mixup 论文中展示 mixup 作用的平面图：同一个小网络（2 → 32 → 32 → 类别数，ReLU）从相同的初始状态出发、在相同的批上训练，一次普通训练，一次使用 mixup。颜色表示每组在平面上各处的预测概率；训练点用圆形（类别 0）、方形（类别 1）和三角形（类别 2）表示，被某组分错的点会打叉。mixup 图上的菱形是其最近一批中的混合样本，每个都位于它的两个训练点之间的线段上，并按其软标签着色。两组都训练完成后，任何改动在你松开控件时都会重新训练。',
    failedTitle: '二维运行失败',
    failedHint: '请修改某项设置，或重新训练。',
    showPairs: '显示混合样本对',
    heldOut: '以下指标基于 {{formatted}} 个来自同一分布、标签干净的留出点。',
    measuredTitle: '实测结果说明：',
    measuredDetails: '实测数据：所有数据集，基线与 mixup',
  },
  scale: {
    twoClass: 'p(类别 1) = 0',
    unsure: '白色：0.5，不确定',
    class: '类别 {{k}}',
    paler: '越浅：越不确定；白色：各类概率相当',
  },
  progress: {
    name: '二维训练',
    notTrained: '尚未训练：请按“训练两组”。',
    training: '正在以 α = {{alpha}} 训练两组：第 {{step}} / {{steps}} 步',
    error: '因出错而停止。',
    trained: '已以 α = {{alpha}} 训练 {{steps}} 步。',
  },
  controls: {
    alphaName: '二维混合 α',
    alphaHint: '这是本面板自己的 α：“训练”标签页中的 α 不受影响。',
    dataset: '数据集',
    trainSize: '训练点数',
    noise: '噪声',
    labelNoise: '标签噪声',
    steps: '步数',
    seed: '随机种子',
    train: '训练两组',
    reset: '重置',
  },
  datasets: {
    moons: '双月形',
    circles: '同心圆',
    blobs: '重叠的团簇',
    spiral: '螺旋（3 类）',
  },
  figure: {
    title: { baseline: '基线（普通训练）', mixup: 'mixup' },
    name: { baseline: '基线决策边界', mixup: 'mixup 决策边界' },
    figures: '指标',
    trainAccuracy: '训练准确率',
    testAccuracy: '测试准确率',
    testNll: '测试 NLL',
    testEce: '测试 ECE',
  },
  slice: {
    title: '沿虚线的截面',
    note: ' · 从类别 {{from}}（0）到类别 {{to}}（1）的 p(类别 {{to}})',
    png: '截面图',
    aria: '沿截面的 p(类别)，两组',
    axis: '沿线的位置',
    figures:
      '沿线的不确定带（0.1 < p < 0.9）：基线 {{baselineBand}}，mixup {{mixupBand}}（以两类之间的距离为单位）。最大斜率：基线 {{baselineSlope}}，mixup {{mixupSlope}}。',
  },
};
