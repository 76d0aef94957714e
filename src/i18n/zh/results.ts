import type { results as en } from '../en/results';
import type { Messages } from '../messages';

export const results: Messages<typeof en> = {
  list: {
    separator: '、',
    last: '{{rest}}和{{last}}',
  },
  verdict: {
    accuracy: '准确率（{{gap}} 个百分点）',
    nll: 'NLL（{{gap}}）',
    ece: 'ECE（{{gap}}）',
    custom:
      '仅凭一个随机种子无法判断：mixup − 基线的差为{{phrases}}；用 3 个随机种子重复，看看它是否超出不同种子之间的波动。',
    unmeasured: '“{{preset}}”还没有多个随机种子的测量结果，所以仅凭一个种子无法判断：mixup − 基线的差为{{phrases}}。',
    withinSpread_one: '{{list}}在这一波动范围内',
    withinSpread_other: '{{list}}在这一波动范围内',
    noSpread_one: '{{list}}没有测得的波动',
    noSpread_other: '{{list}}没有测得的波动',
    noClear: '没有明显差异：{{list}}，都在{{measuredOn}}之间的波动范围内。',
    better: '在{{list}}上更好',
    worse: '在{{list}}上更差',
    betterAndWorse: '{{better}}，{{worse}}',
    restSeparator: '；',
    mixupDid: 'mixup {{did}}，超出了{{measuredOn}}之间的波动{{rest}}。',
    attack:
      '在 ε = {{epsilon}} 的 FGSM 攻击下，mixup 在受攻击的数字上保持 {{mixup}}% 的准确率，基线为 {{baseline}}%：相差 {{gap}} 个百分点{{judgement}}。',
    attackBeyond: '，超出了 {{spread}} 个百分点的波动',
    attackWithin: '，在 {{spread}} 个百分点的波动范围内',
  },
  spreadRule: {
    known: '“▲ 更好”标记的领先（mixup − 基线）大于它在{{measuredOn}}上的样本标准差；小于它的领先则在噪声范围内。',
    unknown:
      '这个设置没有测过不同随机种子之间的波动，所以领先的一组只标为“仅 1 个种子”，不会标“▲ 更好”：一次运行无法区分真正的领先和偶然。',
  },
  spread: {
    measuredFor: '“{{title}}”实测的 {{seeds}} 个随机种子',
    measuredForSeveral: '“{{title}}”实测的多个随机种子',
    repeated: '这里重复的 {{seeds}} 个随机种子',
  },
  robustness: {
    noAttack: 'ε = 0（无攻击）',
  },
  repeat: {
    baseline: '基线',
    mixup: 'mixup',
    gap: '差距（mixup − 基线）',
  },
  duration: {
    seconds: '{{seconds}} 秒',
    minutes: '{{minutes}} 分 {{seconds}} 秒',
    hours: '{{hours}} 小时 {{minutes}} 分',
  },
  timeLeft: {
    estimating: '估算中…',
    about: '约 {{time}}',
  },
  backend: {
    sentence: '{{text}}。',
    nextSentence: '{{first}}{{next}}',
    softwareAdapter: '，软件适配器（慢）',
    threads_one: '{{count}} 个线程',
    threads_other: '{{count}} 个线程',
    forcedButUnavailable: '无法使用 {{requested}}（{{skipped}}），所以改用 {{backend}} 训练。',
    fallback: '备选',
    oneThread:
      '只有一个线程：页面没有跨源隔离（cross-origin isolated），所以 WebAssembly 无法在线程之间共享内存（部署所需的响应头见 README）。',
    skipped: '已跳过：{{list}}。',
    skippedSeparator: '；',
    reasons: {
      chosen: '你在设置或链接中选择了 {{backend}}',
      hardware: '自动：硬件 GPU（{{vendor}} {{architecture}}）在 WebGPU 上训练最快',
      software: '自动：唯一的 WebGPU 适配器是软件模拟（{{architecture}}），所以用 CPU 上的 WebAssembly 更快',
      noAdapter: '自动：这个浏览器没有 WebGPU 适配器，所以用 CPU 上的 WebAssembly',
    },
    engineReasons: {
      notWebgpu: '使用 TF.js 内核：融合引擎只能在 webgpu 上运行，不能在 {{backend}} 上运行',
      chosen: '你在设置或链接中选择了 TF.js 内核，用于对比',
      fused: '使用融合引擎训练，这是 webgpu 上的默认选项（可在设置或链接中改选 TF.js 内核作对比）',
      refused: '融合引擎无法训练这些设置（{{refusal}}），所以这次运行用 TF.js 内核训练',
    },
  },
};
