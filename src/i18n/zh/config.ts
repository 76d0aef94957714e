import type { config as en } from '../en/config';
import type { Messages } from '../messages';

export const config: Messages<typeof en> = {
  fields: {
    model: {
      label: '模型',
      help: 'tiny：两个小卷积层，速度快；seed-cnn：两个 3×3 卷积层加一个 128 单元的全连接层，共 120 万个权重',
    },
    trainSize: {
      label: '训练样本数',
      help: '从 60,000 个样本中按类别均衡抽取的子集',
    },
    labelNoise: {
      label: '标签噪声',
      help: '训练标签中被改成错误类别的比例',
    },
    epochs: {
      label: '轮数',
      help: '遍历训练子集的次数',
    },
    batchSize: {
      label: '批大小',
      help: '不超过训练样本数；最后不满一批的样本会被丢弃',
    },
    learningRate: {
      label: '学习率',
      help: '优化器的步长',
    },
    optimizer: {
      label: '优化器',
      help: 'Adam，或动量为 0.9 的 SGD',
    },
    weightDecay: {
      label: '权重衰减',
      help: '对卷积核施加的 L2 惩罚 wd/2·‖W‖²',
    },
    alpha: {
      zeroMeans: '不混合',
      label: 'α',
      help: 'λ ~ Beta(α, β)；α 越小，λ 越接近 0 或 1',
    },
    beta: {
      nullMeans: '与 α 相同',
      label: 'β',
      help: 'Beta 分布的第二个形状参数；论文中取 β = α',
    },
    mixMode: {
      label: '混合方式',
      help: '整张图像按比例混合，或粘贴一个方块',
    },
    lambdaPer: {
      label: 'λ 的抽取单位',
      help: '每批抽一个 λ（论文做法），或每个样本各抽一个',
    },
    seed: {
      label: '随机种子',
      help: '决定子集、噪声、初始权重、样本顺序和混合方式',
    },
    evalEvery: {
      label: '评估间隔',
      help: '两次快速评估之间的步数',
    },
    quickEvalSize: {
      label: '快速评估样本数',
      help: '实时曲线所用的固定测试子集',
    },
    testSize: {
      label: '测试样本数',
      help: '每轮结束时评估所用的测试数字；10,000 即整个测试集',
    },
    trainEvalSize: {
      label: '训练评估样本数',
      help: '用于计算训练准确率的固定干净训练子集，不超过训练样本数',
    },
  },
  options: {
    lambdaPer: { batch: '每批', example: '每个样本' },
  },
  range: {
    oneOf: '{{options}} 之一',
    integer: '{{min}} 到 {{max}} 之间的整数',
    number: '{{min}} 到 {{max}} 之间的数',
    orZero: '0（{{meaning}}）或 {{range}}',
    orNull: 'null（{{meaning}}）或 {{range}}',
  },
  errors: {
    notObject: '训练配置必须是一个对象，实际为 {{value}}',
    unknownField: "未知的配置字段 '{{key}}'；可用字段为 {{fields}}",
    outOfRange: '{{field}} 必须是 {{range}}，实际为 {{value}}',
    batchOverTrainSize:
      'batchSize 不能超过 trainSize（{{trainSize}}），这样每轮才至少有一个完整的批，实际为 {{batchSize}}',
  },
};
