/** Messages of the errors namespace: what the worker, the data loader and the engine report, and what to do. */
export const errors = {
  /** What the person who sees a data error can do about it. */
  hints: {
    prepare: 'Run `npm run prepare-data`, then reload.',
    damaged: 'Reload the page. If it happens again, run `npm run prepare-data` to rebuild the data files.',
    network: 'Check your network connection, then reload the page.',
    server: 'Reload the page. If it keeps failing, check the web server that serves this app.',
  },
  /** Loading the MNIST files. */
  data: {
    downloadFailed: '{{url}} could not be downloaded: {{cause}}.',
    notFound: '{{url}} was not found (HTTP 404).',
    httpStatus: '{{url}} could not be downloaded ({{status}}).',
    interrupted: 'The download of {{url}} was interrupted: {{cause}}.',
    webPageInstead: '{{url}} was not found: the server sent a web page instead of the data file.',
    notGzip: '{{url}} is not a gzip file: it holds {{count}} bytes starting with {{start}}.',
    nothing: 'nothing',
    gzipDamaged: '{{url}} is damaged: its gzip data is truncated or corrupt ({{cause}}).',
    tooLong: '{{url}} decompresses to more than the {{expected}} bytes that manifest.json records.',
    wrongLength: '{{url}} decompresses to {{length}} bytes, but manifest.json records {{expected}}.',
    manifestWebPage: '{{url}} was not found: the server sent a web page instead.',
    manifestNotJson: '{{url}} is not valid JSON ({{cause}}).',
    manifestInvalid: '{{url}} is not a valid MNIST manifest: {{cause}}.',
    /** An IDX file's format problem; the detail (file: problem) stays as the parser wrote it. */
    badIdx: '{{detail}}.',
    checksum: '{{url}} is damaged: its SHA-256 is {{actual}}, but manifest.json records {{expected}}.',
  },
  /** The training worker and its client. */
  worker: {
    crashed: 'The training worker stopped unexpectedly.',
    crashedHint: 'Press Reset to start a fresh worker; points already drawn are kept.',
    silent: 'It sent nothing for {{seconds}} s.',
    unreadable: 'A message from the training worker could not be read.',
    toyCrashed: 'The 2-D worker stopped unexpectedly.',
    configHint: 'Change that setting and start again.',
    divergedHint: 'Lower the learning rate and start again.',
    trainingFailed: 'Training failed: {{message}}',
    retryHint: 'Press Reset and try again.',
    resetHint: 'Press Reset to start again; the points already drawn are kept.',
    busy: 'A run is already in progress.',
    busyHint: 'Stop or Reset it before starting another.',
    notLoaded: 'The training data is not loaded.',
    notLoadedHint: 'Press Reset to load it again.',
    reuseMismatch: 'The baseline offered for reuse was trained with other settings, so it is not this run’s baseline.',
    reuseMismatchHint: 'Start the run without reusing a baseline.',
    deviceLost: 'The GPU device was lost; training cannot continue on it.',
    deviceLostWithReason: 'The GPU device was lost ({{reason}}); training cannot continue on it.',
  },
  /** Starting a TF.js backend. */
  backend: {
    notAvailable: '{{name}} is not available in this browser',
    failedToStart: '{{name}} failed to start: {{cause}}',
    noneStarted: 'No TF.js backend could start: {{reasons}}',
    unknownVendor: 'unknown vendor',
    unknownArchitecture: 'unknown architecture',
  },
  /** A run whose loss stopped being finite (or exploded). */
  diverged: {
    message: 'The {{arm}} arm diverged between steps {{from}} and {{to}}: {{what}}. {{advice}}.',
    arm: { baseline: 'baseline', mixup: 'mixup' },
    lossBecame: 'its training loss became {{loss}}',
    lossReached: 'its training loss reached {{loss}}',
    predictions: 'its predictions became NaN or infinite',
    tooHigh: 'Learning rate {{rate}} is probably too high for {{optimizer}} — try {{safe}}',
    lower: 'Try a learning rate below {{rate}}',
    lowerOrDecay: 'Try a learning rate below {{rate}} or less weight decay',
  },
  /** What the page's own stores report. */
  page: {
    digitsFailed: 'Loading the MNIST digits failed: {{message}}',
    reloadHint: 'Reload the page to try again.',
    replaced: 'Another run replaced this one.',
    replacedHint: 'Start it again once the other has ended.',
    restarted: 'The training worker was restarted.',
    restartedHint: 'Start the run again.',
  },
} as const;
