import { describe, expect, it } from 'vitest';
import { FGSM_EPSILONS, ROBUSTNESS_SIZE } from '../contract/attackSettings';
import { ConfigError, DEFAULT_CONFIG, type ModelKind } from '../contract/config';
import { pytorchScript } from './pytorchScript';
import { NO_MIXING, SEED_CNN } from './testing/scriptConfigs';

/** The script's text; pytorchScript.slow.test.ts runs it under PyTorch. */
describe('pytorchScript text', () => {
  const script = pytorchScript(SEED_CNN);

  it('embeds exactly the validated config as a JSON literal', () => {
    const literal = /^CONFIG_JSON = r'''([\s\S]*?)'''$/m.exec(script)?.[1];
    expect(JSON.parse(literal ?? 'null')).toEqual(SEED_CNN);
  });

  it('is a Python script with both architectures, both arms and the documented flags', () => {
    expect(script.startsWith('#!/usr/bin/env python3\n"""Mixup Playground run')).toBe(true);
    for (const piece of [
      'nn.Conv2d(1, 8, 5)',
      'nn.Conv2d(1, 32, 3)',
      'nn.Linear(64 * 12 * 12, 128)',
      "Arm('baseline', model)",
      "Arm('mixup', copy.deepcopy(model))",
      "'--data-dir'",
      "'--max-steps'",
      "'--log-every'",
      "'--device'",
      "'--seed'",
      'not be bit-identical',
    ]) {
      expect(script).toContain(piece);
    }
  });

  it('describes the run in its docstring', () => {
    expect(script).toContain('CutMix, lambda ~ Beta(1, 0.5), one lambda per example');
    expect(script).toContain('SGD with momentum 0.9, learning rate 0.05, weight decay 0.0005');
    expect(pytorchScript(NO_MIXING)).toContain('no mixing: alpha = 0 makes the mixup arm a second baseline');
  });

  it("fills every placeholder of the template, the FGSM settings from the app's", () => {
    expect(script).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(script).toContain(`FGSM_EPSILONS = (${FGSM_EPSILONS.join(', ')})`);
    expect(script).toContain(`FGSM_SIZE = ${ROBUSTNESS_SIZE}`);
  });

  it('refuses an invalid config instead of writing it into the source', () => {
    const hostile = { ...DEFAULT_CONFIG, model: "tiny'''\nimport os" as ModelKind };
    expect(() => pytorchScript(hostile)).toThrow(ConfigError);
  });
});
