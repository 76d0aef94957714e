/** The Train tab's sentences and labels made in src/state: the verdict, the spread rule, times, the backend badge. */
export const results = {
  list: {
    separator: ', ',
    last: '{{rest}} and {{last}}',
  },
  verdict: {
    accuracy: 'accuracy ({{gap}} points)',
    nll: 'NLL ({{gap}})',
    ece: 'ECE ({{gap}})',
    custom:
      'One seed cannot tell: mixup − baseline is {{phrases}}; repeat over 3 seeds to see whether that exceeds the spread between seeds.',
    unmeasured:
      'No measurement of {{preset}} over several seeds exists yet, so one seed cannot tell: mixup − baseline is {{phrases}}.',
    withinSpread_one: '{{list}} is within that spread',
    withinSpread_other: '{{list}} are within that spread',
    noSpread_one: '{{list}} has no measured spread',
    noSpread_other: '{{list}} have no measured spread',
    noClear: 'No clear difference: {{list}}, all within the spread between {{measuredOn}}.',
    better: 'better on {{list}}',
    worse: 'worse on {{list}}',
    betterAndWorse: '{{better}} and {{worse}}',
    restSeparator: '; ',
    mixupDid: 'Mixup did {{did}}, beyond the spread between {{measuredOn}}{{rest}}.',
    attack:
      "Under the FGSM attack at ε = {{epsilon}}, mixup keeps {{mixup}}% of the attacked digits against the baseline's {{baseline}}%: {{gap}} points{{judgement}}.",
    attackBeyond: ', beyond the spread of {{spread}} points',
    attackWithin: ', within the spread of {{spread}} points',
  },
  spreadRule: {
    known:
      '▲ better marks a lead (mixup − baseline) larger than its sample standard deviation over {{measuredOn}}; a smaller one is within noise.',
    unknown:
      'With no spread between seeds measured for this setup, the arm ahead is marked "1 seed", never ▲ better: one run cannot tell a lead from chance.',
  },
  spread: {
    measuredFor: 'the {{seeds}} seeds measured for {{title}}',
    measuredForSeveral: 'the several seeds measured for {{title}}',
    repeated: 'the {{seeds}} seeds repeated here',
  },
  robustness: {
    noAttack: 'ε = 0 (no attack)',
  },
  repeat: {
    baseline: 'Baseline',
    mixup: 'Mixup',
    gap: 'Gap (mixup − baseline)',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} h {{minutes}} min',
  },
  timeLeft: {
    estimating: 'estimating…',
    about: 'about {{time}}',
  },
  backend: {
    sentence: '{{text}}.',
    nextSentence: '{{first}} {{next}}',
    softwareAdapter: ', software adapter (slow)',
    threads_one: '{{count}} thread',
    threads_other: '{{count}} threads',
    forcedButUnavailable: '{{requested}} could not be used ({{skipped}}), so training runs on {{backend}}.',
    fallback: 'fallback',
    oneThread:
      'One thread only: the page is not cross-origin isolated, so WebAssembly cannot share memory between threads (see the README on deploy headers).',
    skipped: 'Skipped: {{list}}.',
    skippedSeparator: '; ',
    reasons: {
      chosen: 'you chose {{backend}} in the settings or the link',
      hardware: 'automatic: a hardware GPU ({{vendor}} {{architecture}}) trains fastest on WebGPU',
      software:
        'automatic: the only WebGPU adapter is a software emulation ({{architecture}}), so WebAssembly on the CPU is faster',
      noAdapter: 'automatic: no WebGPU adapter in this browser, so WebAssembly on the CPU',
    },
    engineReasons: {
      notWebgpu: 'TF.js kernels: the fused engine runs on webgpu only, not {{backend}}',
      chosen: 'you chose TF.js kernels in the settings or the link, for comparison',
      fused:
        'the fused engine trains, the default on webgpu (TF.js kernels can be chosen in the settings or the link, to compare)',
      refused: 'the fused engine cannot train these settings ({{refusal}}), so TF.js kernels train this run',
    },
  },
} as const;
