/**
 * The setup a link carries: the whole training configuration, the backend and engine, the preset, the open tab,
 * whether it is a classroom link, and the α sweep's α list and seed count. One valibot schema checks every
 * parameter, a setting's with the schema contract/config.ts builds from the settings' table (so a setting is a
 * parameter, with its range, the moment it is a row there); a parameter that fails is named and left at its
 * default, so a hand-edited URL never breaks the page. Pure: no DOM, no React.
 *
 * A link writes only what differs from its starting point (the preset's configuration, or the
 * defaults), so links stay short; reading it back fills the rest from the same starting point.
 *
 * The problems are sentences in the page's language at the time of parsing (valibot calls each message function
 * then); the link notice parses its link again when the language changes.
 */
import * as v from 'valibot';
import {
  ConfigError,
  DEFAULT_CONFIG,
  describeRange,
  SETTING_KEYS,
  settingFromText,
  settingSchema,
  validateConfig,
  type SettingKey,
  type TrainConfig,
} from '../contract/config';
import { PRESET_IDS, presetConfig, type PresetId } from '../contract/presets';
import { BACKEND_NAMES, ENGINE_NAMES, type BackendChoice, type EngineName } from '../contract/protocol';
import { DEFAULT_SWEEP_ALPHAS, MAX_SWEEP_SEEDS, parseAlphaList } from '../contract/sweepPlan';
import { t } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/language';
import { PANEL_NAMES, type PanelName } from './panels';

export interface SharedSetup {
  config: TrainConfig;
  backend: BackendChoice;
  /** The engine webgpu trains with; other backends ignore it. */
  engine: EngineName;
  preset: PresetId | null;
  panel: PanelName;
  /** A classroom link hides the advanced settings. */
  classroom: boolean;
  /** The α sweep's form: what a sweep link fills in, without starting it. */
  sweep: SweepSetup;
  /** The page's language; null when the link names none (the last choice or the browser's then decides). */
  language: Language | null;
}

export interface SweepSetup {
  alphas: number[];
  seedCount: number;
}

export const DEFAULT_SETUP: Readonly<SharedSetup> = {
  config: DEFAULT_CONFIG,
  backend: 'auto',
  engine: 'fused',
  preset: null,
  panel: 'explore',
  classroom: false,
  sweep: { alphas: [...DEFAULT_SWEEP_ALPHAS], seedCount: 1 },
  language: null,
};

/** What a classroom link without a preset opens on: the demo that fits a lesson. */
export const CLASSROOM_PRESET: PresetId = 'quick-demo';

/** The preset a link's settings are written on top of: its own, or a classroom link's default. */
function startingPreset(preset: PresetId | null, classroom: boolean): PresetId | null {
  return preset ?? (classroom ? CLASSROOM_PRESET : null);
}

const BACKEND_CHOICES = ['auto', ...BACKEND_NAMES] as const;

/** A setting's parameter: its text read as its row says, then the setting's own schema, worded as a link's problem. */
function settingParameter(key: SettingKey): v.GenericSchema<string, unknown> {
  return v.pipe(
    v.string(),
    v.transform((text) => settingFromText(key, text)),
    v.config(settingSchema(key), { message: () => t('common:link.mustBe', { range: describeRange(key) }) }),
  );
}

/** "must be one of …", made when a link is read, in the page's language then. */
const oneOf = (choices: readonly string[]): string => t('common:link.oneOf', { choices: choices.join(', ') });

/** The one schema of a link's parameters; each entry also checks its parameter alone. */
export const SETUP_SCHEMA = v.object({
  ...(Object.fromEntries(SETTING_KEYS.map((key) => [key, v.optional(settingParameter(key))])) as Record<
    SettingKey,
    v.OptionalSchema<v.GenericSchema<string, unknown>, undefined>
  >),
  backend: v.optional(v.picklist(BACKEND_CHOICES, () => oneOf(BACKEND_CHOICES))),
  engine: v.optional(v.picklist(ENGINE_NAMES, () => oneOf(ENGINE_NAMES))),
  preset: v.optional(v.picklist(PRESET_IDS, () => oneOf(PRESET_IDS))),
  panel: v.optional(v.picklist(PANEL_NAMES, () => oneOf(PANEL_NAMES))),
  classroom: v.optional(
    v.pipe(
      v.picklist(['1', '0', 'true', 'false'], () => t('common:link.flag')),
      v.transform((x) => x === '1' || x === 'true'),
    ),
  ),
  lang: v.optional(v.picklist(LANGUAGES, () => oneOf(LANGUAGES))),
  // Checked against the link's config once that is read (parseAlphaList), since an α's range is the config's.
  alphas: v.optional(v.string()),
  seeds: v.optional(
    v.pipe(
      v.string(),
      v.transform((text) => (/^\d+$/.test(text) ? Number(text) : NaN)),
      v.check(
        (count) => count >= 1 && count <= MAX_SWEEP_SEEDS,
        () => t('common:link.wholeNumber', { max: MAX_SWEEP_SEEDS }),
      ),
    ),
  ),
});

type SetupKey = keyof typeof SETUP_SCHEMA.entries;
const SETUP_KEYS = Object.keys(SETUP_SCHEMA.entries) as SetupKey[];
const isSetupKey = (key: string): key is SetupKey => (SETUP_KEYS as string[]).includes(key);

export interface ParsedSetup {
  setup: SharedSetup;
  /** One sentence per parameter that was ignored, naming it, its value and what it must be. */
  problems: string[];
}

/** Reads a query string (with or without "?"); never throws. */
export function parseSetup(search: string): ParsedSetup {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const values = new Map<SetupKey, unknown>();
  for (const key of new Set(params.keys())) {
    if (!isSetupKey(key)) {
      problems.push(t('common:link.unknown', { key, keys: SETUP_KEYS.join(', ') }));
      continue;
    }
    const all = params.getAll(key);
    const raw = all[all.length - 1] ?? '';
    if (all.length > 1) problems.push(t('common:link.repeated', { key, times: all.length, raw }));
    const result = v.safeParse(SETUP_SCHEMA.entries[key], raw);
    if (result.success) values.set(key, result.output);
    else problems.push(t('common:link.ignored', { key, raw, reason: result.issues[0].message }));
  }

  const classroom = (values.get('classroom') as boolean | undefined) ?? DEFAULT_SETUP.classroom;
  const preset = startingPreset((values.get('preset') as PresetId | undefined) ?? null, classroom);
  const base = preset ? presetConfig(preset) : DEFAULT_CONFIG;
  const given: Partial<Record<keyof TrainConfig, unknown>> = {};
  for (const key of SETTING_KEYS) if (values.has(key)) given[key] = values.get(key);
  const config = combine(base, given, problems);
  return {
    setup: {
      config,
      backend: (values.get('backend') as BackendChoice | undefined) ?? DEFAULT_SETUP.backend,
      engine: (values.get('engine') as EngineName | undefined) ?? DEFAULT_SETUP.engine,
      preset,
      panel: (values.get('panel') as PanelName | undefined) ?? DEFAULT_SETUP.panel,
      classroom,
      sweep: {
        alphas: sweepAlphas(values.get('alphas') as string | undefined, config, problems),
        seedCount: (values.get('seeds') as number | undefined) ?? DEFAULT_SETUP.sweep.seedCount,
      },
      language: (values.get('lang') as Language | undefined) ?? DEFAULT_SETUP.language,
    },
    problems,
  };
}

/** The α list of a link, each α checked against the link's config; a bad list is named and the default kept. */
function sweepAlphas(text: string | undefined, config: TrainConfig, problems: string[]): number[] {
  if (text === undefined) return DEFAULT_SETUP.sweep.alphas;
  try {
    return parseAlphaList(text, config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(t('common:link.ignoredList', { key: 'alphas', raw: text, reason }));
    return DEFAULT_SETUP.sweep.alphas;
  }
}

/**
 * The fields given on top of `base`; a field that breaks a rule between fields (a batch larger than the set) is dropped
 * and named.
 */
function combine(
  base: TrainConfig,
  given: Partial<Record<keyof TrainConfig, unknown>>,
  problems: string[],
): TrainConfig {
  const fields = { ...given };
  for (;;) {
    try {
      return validateConfig({ ...base, ...fields });
    } catch (error) {
      // The field named may be one the link left at its default: then the link's own fields are to blame.
      const named = error instanceof ConfigError ? error.field : '';
      const culprit = (named in fields ? named : Object.keys(fields).at(-1)) as keyof TrainConfig | undefined;
      if (!culprit) return base;
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(t('common:link.dropped', { key: culprit, value: String(fields[culprit]), reason }));
      delete fields[culprit];
    }
  }
}

/** The query string of a setup (with "?", or "" for the defaults): only what differs from its starting point. */
export function serialiseSetup(setup: SharedSetup): string {
  const params = new URLSearchParams();
  if (setup.panel !== DEFAULT_SETUP.panel) params.set('panel', setup.panel);
  if (setup.preset) params.set('preset', setup.preset);
  if (setup.classroom) params.set('classroom', '1');
  if (setup.backend !== DEFAULT_SETUP.backend) params.set('backend', setup.backend);
  if (setup.engine !== DEFAULT_SETUP.engine) params.set('engine', setup.engine);
  const preset = startingPreset(setup.preset, setup.classroom);
  const base = preset ? presetConfig(preset) : DEFAULT_CONFIG;
  for (const key of SETTING_KEYS) {
    const value = setup.config[key];
    if (value !== base[key]) params.set(key, value === null ? 'null' : String(value));
  }
  const { alphas, seedCount } = setup.sweep;
  if (alphas.join() !== DEFAULT_SETUP.sweep.alphas.join()) params.set('alphas', alphas.join(','));
  if (seedCount !== DEFAULT_SETUP.sweep.seedCount) params.set('seeds', String(seedCount));
  // English is what a link without `lang` reads in most browsers; any other language is written out.
  if (setup.language && setup.language !== 'en') params.set('lang', setup.language);
  const query = params.toString();
  return query ? `?${query}` : '';
}
