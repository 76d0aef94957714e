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
  digits: {
    loading: 'Loading MNIST test digits',
    failed: 'The digits could not be loaded',
    title: 'The data: MNIST',
  },
} as const;
