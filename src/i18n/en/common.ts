/** The page's frame: title, tabs, footer, the language switch and what every panel shares. */
export const common = {
  title: 'Mixup Playground',
  tagline: 'See what mixup does to handwritten digits, and find out whether it helps.',
  footer: 'Everything runs in your browser: the digits come from this site and no data leaves your machine.',
  tabs: {
    label: 'Panels',
    explore: 'Explore',
    train: 'Train',
    sweep: 'α sweep',
    runs: 'Runs',
    toy: '2-D',
  },
  language: {
    label: 'Language',
  },
  offline: {
    saving: 'Saving the digits for offline use…',
    saved: 'Digits saved for offline use: this page reloads and trains without a network.',
  },
  update: {
    ready: 'A new version of Mixup Playground is ready.',
    busy: 'A run is training: reload to update once it ends, so the run is not cut off.',
    idle: 'Reload to update; runs already saved are kept.',
    reload: 'Reload to update',
  },
  digits: {
    loading: 'Loading MNIST test digits',
    failed: 'The digits could not be loaded',
    title: 'The data: MNIST',
  },
  actions: {
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
  loading: {
    progress: '{{loaded}} of {{total}} MB',
    starting: 'Starting…',
  },
  expectedTime: {
    short: '≈ {{duration}}',
    long: 'about {{duration}} on {{backend}}',
    measuring: 'measuring speed…',
  },
  png: {
    button: 'PNG',
    title: 'Save as PNG',
    label: 'Save {{chart}} as PNG',
    failed: 'PNG failed: {{reason}}',
    notAnImage: 'the chart could not be drawn as an image',
    nothingDrawn: 'this chart has nothing drawn yet',
    noCanvas: 'this browser cannot draw on a canvas',
    notEncoded: 'the image could not be encoded',
  },
  measured: {
    source: 'From docs/EXPERIMENTS.md. Re-run:',
  },
  link: {
    title: 'Part of this link could not be used',
    keeps_one: ', so that setting keeps its default:',
    keeps_other: ', so those settings keep their default:',
    unknown: "'{{key}}' is not a setting of this page; the settings are {{keys}}.",
    repeated: "{{key}} is given {{times}} times; the last, '{{raw}}', is used.",
    ignored: "{{key}}='{{raw}}' is ignored: {{key}} {{reason}}.",
    ignoredList: "{{key}}='{{raw}}' is ignored: {{reason}}.",
    dropped: '{{key}}={{value}} is ignored: {{reason}}.',
    mustBe: 'must be {{range}}',
    oneOf: 'must be one of {{choices}}',
    flag: 'must be 1 or 0',
    wholeNumber: 'must be a whole number from 1 to {{max}}',
  },
} as const;
