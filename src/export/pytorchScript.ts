/**
 * The exported PyTorch script, for the page: the template (a real Python file, bundled as text)
 * filled with a run's configuration. It reruns the configuration outside the browser with the same
 * models, initialisation, optimiser, data rules, mixing, metrics and FGSM attack as src/engine and
 * src/mixup, in plain PyTorch and numpy, so that it runs on old and new PyTorch alike (1.7 and later).
 */
import type { TrainConfig } from '../contract/config';
import template from './pytorch/mixup_run.py?raw';
import { fillPytorchTemplate } from './pytorchTemplate';

/** @throws ConfigError (from validateConfig) when `config` is not a valid training config. */
export function pytorchScript(config: TrainConfig): string {
  return fillPytorchTemplate(template, config);
}
