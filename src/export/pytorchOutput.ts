/**
 * Reads what the exported PyTorch script prints (pytorch/mixup_run.py documents the lines), so the
 * experiment runner can table a PyTorch run beside the app's and tests can check the script.
 */

export type ArmName = 'baseline' | 'mixup';

export interface PytorchEval {
  epoch: number;
  step: number;
  arm: ArmName;
  testAccuracy: number;
  testNll: number;
  ece: number;
  trainLoss: number;
  trainAccuracy: number;
}

export interface PytorchFgsm {
  arm: ArmName;
  epsilon: number;
  accuracy: number;
  size: number;
}

export interface PytorchOutput {
  lines: string[];
  /** The configuration the script printed on its first line; null when it printed none. */
  config: unknown;
  parameters: number;
  steps: { step: number; baseline: number; mixup: number }[];
  evals: PytorchEval[];
  /** Accuracy under FGSM per arm and ε, printed after a finished run only. */
  fgsm: PytorchFgsm[];
}

const asArm = (word: string | undefined): ArmName => {
  if (word === 'baseline' || word === 'mixup') return word;
  throw new Error(`the PyTorch script named an arm '${String(word)}'`);
};

/** `KEY value KEY value …` words as a map of their values. */
function pairs(words: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < words.length; i += 2) map.set(words[i] ?? '', words[i + 1] ?? '');
  return map;
}

export function parsePytorchOutput(stdout: string): PytorchOutput {
  const lines = stdout.split('\n').filter((line) => line !== '');
  const tagged = (tag: string) => lines.filter((line) => line.startsWith(`${tag} `));
  const configLine = lines[0]?.startsWith('CONFIG ') ? lines[0].slice('CONFIG '.length) : 'null';
  const num = (map: Map<string, string>, key: string) => Number(map.get(key) ?? NaN);
  return {
    lines,
    config: JSON.parse(configLine) as unknown,
    parameters: Number(/with (\d+) parameters/.exec(stdout)?.[1] ?? NaN),
    steps: tagged('STEP').map((line) => {
      const words = line.split(' ');
      return { step: Number(words[1]), baseline: Number(words[3]), mixup: Number(words[5]) };
    }),
    evals: tagged('EVAL').map((line) => {
      // EVAL epoch E step S ARM test_accuracy … : the arm stands alone between two pairs.
      const words = line.split(' ');
      const rest = pairs(words.slice(6));
      return {
        epoch: Number(words[2]),
        step: Number(words[4]),
        arm: asArm(words[5]),
        testAccuracy: num(rest, 'test_accuracy'),
        testNll: num(rest, 'test_nll'),
        ece: num(rest, 'ece'),
        trainLoss: num(rest, 'train_loss'),
        trainAccuracy: num(rest, 'train_accuracy'),
      };
    }),
    fgsm: tagged('FGSM').map((line) => {
      const words = line.split(' ');
      const rest = pairs(words.slice(2));
      return {
        arm: asArm(words[1]),
        epsilon: num(rest, 'epsilon'),
        accuracy: num(rest, 'accuracy'),
        size: num(rest, 'size'),
      };
    }),
  };
}
