import type { explore as en } from '../en/explore';
import type { Messages } from '../messages';

export const explore: Messages<typeof en> = {
  intro: {
    title: '什么是 mixup',
    running: '有一个运行正在训练：到“训练”页查看。',
    quickStart: '会在“训练”页载入一个简短的实验：在那里点“开始”，即可并排训练一个普通网络和一个 mixup 网络。',
    lede: 'Mixup 不直接用原始样本训练网络，而是用样本的混合：它取两张训练图像叠在一起，并要求网络输出两者标签的同样比例的混合。',
    beta: '混合权重 λ 每次都重新从 Beta(α, α) 分布中抽取：α 较小时，大多数图像几乎保持原样；α = 1 时则均匀地混合。提出该方法的论文（Zhang 等，2018）报告它在大型基准上提升了泛化能力和校准；在这里，你可以亲自测量它在 MNIST 上的效果。',
    formulaNote:
      '其中 x<sub>i</sub> 和 x<sub>j</sub> 是同一批次中的两张图像（x<sub>j</sub> 取自该批次的一个随机排列），y<sub>i</sub> 和 y<sub>j</sub> 是它们的 one-hot 标签，p 是网络对 x̃ 的 softmax 输出。测试时从不混合：网络在原始图像上评估。',
  },
  formulas: {
    label: 'mixup 公式',
  },
  tutorial: {
    title: '一篇流行教程的错误',
    beta: '它从 Beta(1, α) 而不是 Beta(α, α) 中抽取 λ。这个分布是偏斜的：当 α = 0.2 时，有 {{share}} 的抽样满足 λ > 0.5，因此几乎总是一张图像占主导。可以在下方的 Beta 面板中试试它的预设。',
    loss: '它把混合后的软标签传给 <code>nll_loss</code>，而这个函数要求每个样本只有一个类别索引。损失应当是相对于 ỹ 的交叉熵，它等于 λ·CE(y<sub>i</sub>) + (1 − λ)·CE(y<sub>j</sub>)。',
    flatten:
      '它把 CNN 的特征展平为 64·28·28 个值，但两次不加填充的 3×3 卷积再加一次 2×2 最大池化后只剩 64·12·12 = {{size}} 个：层的尺寸对不上。我们的 seed-cnn 模型使用 {{size}}。',
  },
  digits: {
    label: '按类别排列的 MNIST 测试数字',
    caption: 'MNIST 的 {{total}} 张测试图像中每个类别的前 {{perClass}} 张，按原始的 28×28 分辨率绘制。',
  },
  beta: {
    title: 'λ 是如何抽取的',
    intro:
      '每次混合的权重 λ 都取自 Beta(α, β)，而该方法令 β = α。当 α → 0 时，它就退化为普通训练：λ 几乎总是 0 或 1，图像几乎保持原样。α = 1 时 λ 服从均匀分布；α 越大，λ 越集中在 0.5 附近。可以在这里随意尝试各种形状：“训练”页会保留它自己的 α，直到你选择使用这里的值。',
    alphaName: 'α（阿尔法）',
    betaName: 'β（贝塔）',
    asymmetric: '非对称：单独设置 β',
    noMixing: 'α = 0：不混合；每个 λ 都是 1，mixup 组的训练与基线相同。',
    drawAgain: '重新抽样',
    invalid: '{{name}} = {{value}} 无法抽样：请使用 {{min}} 到 {{max}} 之间的值。',
    invalidAlpha: '{{name}} = {{value}} 无法抽样：请使用 {{min}} 到 {{max}} 之间的值，或用 0 表示不混合。',
    training: {
      same: '“训练”页使用的正是这些形状。',
      other: '“训练”页使用 {{shapes}} 训练。',
      running: '有一个运行正在训练；它结束后才能更改设置。',
      use: '用 {{shapes}} 训练',
    },
    chart: {
      label: '{{shapes}} 在 λ 从 0 到 1 上的密度，以及所抽取 λ 值的直方图',
      density: '密度',
      curve: '{{shapes}} 的精确密度',
      bars: '所抽取 λ 的直方图。',
      unboundedOne: '形状参数小于 1 时，密度在 λ = {{end}} 处趋于无穷，因此曲线在其附近截止。',
      unboundedOneClipped: '形状参数小于 1 时，密度在 λ = {{end}} 处趋于无穷，因此曲线在其附近截止，顶部也被截断。',
      unboundedBoth: '形状参数小于 1 时，密度在 λ = {{first}} 和 λ = {{second}} 处趋于无穷，因此曲线在两端附近截止。',
      unboundedBothClipped:
        '形状参数小于 1 时，密度在 λ = {{first}} 和 λ = {{second}} 处趋于无穷，因此曲线在两端附近截止，顶部也被截断。',
    },
    readout: {
      exact: '理论值：',
      sampled: '{{draws}} 次抽样：',
      mean: '均值 {{value}}',
      sd: '标准差 {{value}}',
      aboveHalf: 'λ > 0.5 占 {{share}}',
    },
    presets: {
      title: 'α 的预设',
      nearlyPlain: '接近普通训练：每 5 次混合中有 4 次，一张图像占比超过 90%。',
      imageNet: '论文在 ImageNet 上使用的值：大多是几乎未混合的图像，只有少数真正的混合。',
      half: '大约一半的混合中，一张图像占比超过 90%。',
      uniform: 'λ 在 [0, 1] 上均匀分布：每种混合比例的可能性相同。',
      leans: 'λ 偏向 0.5：每 18 次混合中只有 1 次，一张图像占比超过 90%。',
      middle: 'λ 集中在 0.5 附近：大多数图像都接近一半对一半的混合，训练可能欠拟合。',
      mistake: 'Beta(1, α) — 教程的错误',
      mistakeNote:
        '错误：论文中 λ ~ Beta(α, α)，是对称的，因此 x<sub>i</sub> 和 x<sub>j</sub> 的地位相同。Beta(1, α) 是偏斜的：当 α < 1 时，λ 大多数时候大于 0.5，第一张图像通常占主导。',
    },
  },
  blend: {
    title: '混合样本',
    resample: '重新抽样',
    intro:
      '一个批次的 {{size}} 张随机测试数字，每张都与该批次随机排列中的搭档混合，与一个训练步的混合方式完全相同。{{draw}}。',
    cutmix: 'CutMix 把 <xj/> 的一个方框贴到 <xi/> 上，因此显示的 λ 是仍属于 <xi/> 的像素比例。',
    refused: '这些设置无法抽样：{{reason}}',
    mixingOff: 'α = 0 会关闭混合：每个 λ 都是 1，因此 x̃ = <xi/>，每个数字都以自身为搭档。',
    pairs: '混合后的样本对',
    drawPerBatch: 'λ ~ Beta({{shapes}})，整个批次共用一次抽样',
    drawPerExample: 'λ ~ Beta({{shapes}})，每个样本各抽一次',
    legend: {
      shareI: '<yi/> 的占比（λ）',
      shareJ: '<yj/> 的占比（1 − λ）',
      box: '方框：来自 <xj/> 的像素',
    },
    controls: {
      mixing: '混合方式',
      lambdaPer: 'λ 的抽取单位',
      shared: '这些选择也是“训练”页的设置：运行时会以同样的方式混合。',
    },
    formula: {
      noBox: '，没有方框',
      box: '，其中 {{width}}×{{height}} 的方框来自 <xj/>',
    },
    card: {
      title: '第 {{number}} 对',
      xi: '第 {{number}} 对，x i：测试图像 {{index}}，数字 {{digit}}',
      xj: '第 {{number}} 对，x j：测试图像 {{index}}，数字 {{digit}}',
      mixed: '第 {{number}} 对，λ = {{lambda}} 时的混合 x̃',
      self: '随机排列让这个数字留在原位，因此 <xj/> = <xi/>。',
      scrub: '拖动查看第 {{number}} 对',
    },
    scrubber: {
      title: 'λ 滑块：第 {{number}} 对（<xi/>：{{labelI}}，<xj/>：{{labelJ}}）',
      mixed: '第 {{number}} 对在 λ = {{lambda}} 时的混合 x̃',
      slider: '所选样本对的 λ',
      allJ: '0：全是 <xj/>',
      allI: '1：全是 <xi/>',
      cutmixHint: '——仍属于 <xi/> 的像素比例，在整像素方框允许的范围内尽量接近滑块的值',
      path: '完整路径，从 λ = 0 时的 <xj/> 到 λ = 1 时的 <xi/>：',
      film: '第 {{number}} 对在 λ = 0、0.1、… 1 时的混合',
    },
    softLabel: {
      label: '软标签：{{shares}}',
      share: '{{digit}} 占 {{share}}',
      separator: '，',
    },
  },
};
