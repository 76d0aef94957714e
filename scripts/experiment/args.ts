import { parseArgs } from 'node:util';
import {
  SETTING_KEYS,
  settingFromText,
  settingHelp,
  settingLabel,
  settingRow,
  validateConfig,
  type SettingKey,
  type TrainConfig,
} from '../../src/contract/config';
import { ENGINES } from '../../src/worker/engines';
import type { EngineName } from '../../src/worker/stepper';
import { PRESET_IDS, PRESETS, type PresetId } from '../../src/contract/presets';
import { parseAlphaList, SweepListError } from '../../src/contract/sweepPlan';

export interface ExperimentArgs {
  config: TrainConfig;
  /** The run seeds: config.seed, config.seed + 1, … */
  seeds: number[];
  jsonPath: string | null;
  backend: NodeBackend;
  /** Which step trains on the TF.js backend: the fused WebGPU engine (webgpu's default) or TF.js's kernels. */
  engine: EngineName;
  /** Who trains: the app's engine on TF.js, or the exported PyTorch script (a second implementation). */
  framework: Framework;
  /** --sweep-alpha: train once per α (same seeds, data and budget); null for a single configuration. */
  sweepAlphas: number[] | null;
}

/**
 * The backends Node has: wasm (XNNPACK, one thread; the default on a machine without a GPU), cpu, and
 * webgpu (Dawn: the machine's GPU through Vulkan, else SwiftShader).
 */
export const NODE_BACKENDS = ['wasm', 'cpu', 'webgpu'] as const;
export type NodeBackend = (typeof NODE_BACKENDS)[number];
export const FRAMEWORKS = ['tfjs', 'pytorch'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export class UsageError extends Error {
  override name = 'UsageError';
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
/** A flag per setting, its key in kebab case (trainSize: --train-size), read from the settings' table. */
export const SETTING_FLAGS = Object.fromEntries(SETTING_KEYS.map((key) => [kebab(key), key])) as Record<
  string,
  SettingKey
>;
/** Short names people type; each maps to a setting. */
const ALIASES: Record<string, SettingKey> = { noise: 'labelNoise', lr: 'learningRate', mode: 'mixMode' };
const FLAG_TO_FIELD = { ...SETTING_FLAGS, ...ALIASES };

export function usage(): string {
  const fields = Object.entries(SETTING_FLAGS).map(([flag, key]) => {
    const row = settingRow(key);
    const range = row.kind === 'choice' ? row.options.join('|') : `${row.min}…${row.max}`;
    return `  --${flag.padEnd(18)} ${settingLabel(key)} (${range}); ${settingHelp(key)}`;
  });
  return [
    'Usage: npm run experiment -- [options]',
    'Trains the baseline and the mixup arm side by side on real MNIST, once per seed, and prints a per-epoch',
    'table and a summary (mean ± std over seeds).',
    '',
    'Options:',
    ...fields,
    '  --noise, --lr, --mode   short for --label-noise, --learning-rate, --mix-mode',
    `  --preset ID             start from a preset (${PRESET_IDS.join(', ')}); other flags override its fields`,
    '  --seeds N               run N seeds: --seed, --seed + 1, … (default 1)',
    '  --backend wasm|cpu|webgpu  the TF.js backend (default wasm; webgpu trains on the GPU through Dawn and',
    '                          Vulkan, or on SwiftShader without one; webgl: npm run bench)',
    "  --engine fused|tfjs     the training step: the fused WebGPU engine (webgpu's default) or TF.js's kernels",
    '                          (the only one on wasm and cpu)',
    "  --framework tfjs|pytorch  who trains: the app's engine on TF.js (default), or the exported PyTorch script",
    "                          run by /usr/bin/python3 (Debian's python3-torch; PYTHON names another), on CUDA",
    '                          when torch has it, else on the CPU; the same tables either way',
    '  --sweep-alpha A,B,…     an α sweep: the same runs once per α (0 is plain training), then a table of',
    "                          the mixup arm's final metrics per α under the baseline's",
    '  --json FILE             also write every curve, summary and the full config as JSON',
    '  --help                  this text',
  ].join('\n');
}

/** A flag's text as its setting's value, read as a link's parameter is; the validator then checks it. */
function parseValue(field: SettingKey, raw: string): unknown {
  const value = settingFromText(field, raw);
  if (Number.isNaN(value)) throw new UsageError(`--${kebab(field)} needs a number, got '${raw}'`);
  return value;
}

/** Parses the command line into a validated config; bad flags or values throw a UsageError. */
export function parseExperimentArgs(argv: string[]): ExperimentArgs | 'help' {
  const options = Object.fromEntries(
    [...Object.keys(FLAG_TO_FIELD), 'seeds', 'json', 'backend', 'engine', 'framework', 'sweep-alpha', 'preset'].map(
      (flag) => [flag, { type: 'string' as const }],
    ),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return 'help';

  const preset = values.preset;
  if (preset !== undefined && !(PRESET_IDS as readonly unknown[]).includes(preset)) {
    throw new UsageError(`--preset ${String(preset)} does not exist; the presets are ${PRESET_IDS.join(', ')}`);
  }
  // A preset is the starting point; any flag given beside it overrides that field.
  const input: Record<string, unknown> = preset === undefined ? {} : { ...PRESETS[preset as PresetId].overrides };
  for (const [flag, field] of Object.entries(FLAG_TO_FIELD)) {
    const raw = values[flag];
    if (typeof raw === 'string') input[field] = parseValue(field, raw);
  }
  let config: TrainConfig;
  try {
    config = validateConfig(input);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }

  const seedCount = values.seeds === undefined ? 1 : Number(values.seeds);
  if (!Number.isInteger(seedCount) || seedCount < 1 || seedCount > 20) {
    throw new UsageError(`--seeds must be an integer from 1 to 20, got '${String(values.seeds)}'`);
  }
  const backend = String(values.backend ?? 'wasm');
  if (!(NODE_BACKENDS as readonly string[]).includes(backend)) {
    throw new UsageError(
      `--backend ${String(backend)} is not available in Node; use ${NODE_BACKENDS.join(', ')} (webgl: npm run bench)`,
    );
  }
  const framework = String(values.framework ?? 'tfjs');
  if (!(FRAMEWORKS as readonly string[]).includes(framework)) {
    throw new UsageError(`--framework ${framework} is not one of ${FRAMEWORKS.join(', ')}`);
  }
  if (framework === 'pytorch' && values.backend !== undefined) {
    throw new UsageError('--backend chooses a TF.js backend; --framework pytorch runs on CUDA or the CPU by itself');
  }
  const engine = String(values.engine ?? (backend === 'webgpu' ? 'fused' : 'tfjs'));
  if (!(ENGINES as readonly string[]).includes(engine)) {
    throw new UsageError(`--engine ${engine} is not one of ${ENGINES.join(', ')}`);
  }
  if (engine === 'fused' && backend !== 'webgpu')
    throw new UsageError('--engine fused trains on --backend webgpu only');
  if (framework === 'pytorch' && values.engine !== undefined) {
    throw new UsageError('--engine chooses how TF.js trains; --framework pytorch has its own');
  }
  return {
    config,
    framework: framework as Framework,
    sweepAlphas: typeof values['sweep-alpha'] === 'string' ? parseSweep(values['sweep-alpha'], config) : null,
    seeds: Array.from({ length: seedCount }, (_, i) => config.seed + i),
    jsonPath: typeof values.json === 'string' ? values.json : null,
    backend: backend as NodeBackend,
    engine: engine as EngineName,
  };
}

/** The α values of --sweep-alpha, each checked like --alpha against the rest of the configuration. */
function parseSweep(raw: string, config: TrainConfig): number[] {
  try {
    return parseAlphaList(raw, config);
  } catch (error) {
    if (error instanceof SweepListError) throw new UsageError(`--sweep-alpha: ${error.message}`);
    throw error;
  }
}
