/**
 * Fills the PyTorch script's template (`pytorch/mixup_run.py`, a real Python file) with one run's
 * configuration. Pure string work, so the page (which imports the template with Vite's `?raw`) and
 * Node scripts (which read the file) write the same script.
 */
import { FGSM_EPSILONS, ROBUSTNESS_SIZE } from '../contract/attackSettings';
import { validateConfig, type TrainConfig } from '../contract/config';

/** The template's placeholders; each appears exactly once. */
const SLOTS = ['{{RUN_SUMMARY}}', '{{CONFIG_JSON}}', '{{FGSM_EPSILONS}}', '{{FGSM_SIZE}}'] as const;

/**
 * The whole Python source of a script that trains `config`'s paired run (baseline and mixup arm) on
 * the MNIST IDX files. The config is checked first and embedded as JSON; the script prints it back on
 * its first line, `CONFIG <json>`.
 *
 * @throws ConfigError (from validateConfig) when `config` is not a valid training config.
 */
export function fillPytorchTemplate(template: string, config: TrainConfig): string {
  const valid = validateConfig(config);
  const values: Record<(typeof SLOTS)[number], string> = {
    '{{RUN_SUMMARY}}': describeRun(valid),
    '{{CONFIG_JSON}}': pythonJsonText(valid),
    '{{FGSM_EPSILONS}}': `(${FGSM_EPSILONS.join(', ')})`,
    '{{FGSM_SIZE}}': String(ROBUSTNESS_SIZE),
  };
  for (const slot of SLOTS) {
    if (template.split(slot).length !== 2) throw new Error(`the PyTorch template must hold ${slot} exactly once`);
  }
  // A function replacement, so a '$' in a value is never read as a replacement pattern.
  return SLOTS.reduce((text, slot) => text.replace(slot, () => values[slot]), template);
}

/**
 * The config as JSON for the template's raw triple-quoted string. JSON escapes every backslash, quote
 * and control character it contains; escaping ' as well means no value can close the string early.
 */
function pythonJsonText(config: TrainConfig): string {
  return JSON.stringify(config, null, 4).replace(/'/g, '\\u0027');
}

/** The run in words for the docstring; every value is a validated number or one of the schema's choices. */
function describeRun(config: TrainConfig): string {
  const optimizer = config.optimizer === 'adam' ? 'Adam' : 'SGD with momentum 0.9';
  const mixing =
    config.alpha === 0
      ? 'no mixing: alpha = 0 makes the mixup arm a second baseline'
      : `${config.mixMode === 'cutmix' ? 'CutMix' : 'mixup'}, lambda ~ Beta(${config.alpha}, ` +
        `${config.beta ?? config.alpha}), one lambda per ${config.lambdaPer}`;
  return [
    'This run:',
    `    model ${config.model}; ${config.trainSize} class-balanced training examples, label noise ${config.labelNoise}`,
    `    ${config.epochs} epochs of batches of ${config.batchSize} (the last partial batch is dropped)`,
    `    ${optimizer}, learning rate ${config.learningRate}, weight decay ${config.weightDecay}`,
    `    ${mixing}`,
    `    seed ${config.seed}; ${config.testSize} test digits evaluated at the end of each epoch`,
  ].join('\n');
}
