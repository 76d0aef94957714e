/**
 * Why the 2-D panel trains in plain JS: the same paired step (2 → 32 → 32 → 2, batch 32, Adam, both
 * arms) timed in src/toy's typed-array code and in TF.js on the wasm backend the page's worker uses on
 * a CPU. `npx tsx scripts/toyTiming.ts [steps]`
 */
import * as tf from '@tensorflow/tfjs';
import { setUpNodeWasmBackend } from '../src/worker/node/wasmBackend';
import { TOY_DEFAULTS, ToyRun, HIDDEN_LAYERS } from '../src/toy/run';

const steps = Number(process.argv[2] ?? 1000);
const WARM_UP = 50;
const BATCH = 32;

/** Milliseconds per step, by the wall clock and by this process's CPU time (the machine may be shared). */
async function timed(run: () => void | Promise<void>): Promise<{ wall: number; cpu: number }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - wall) / steps, cpu: (used.user + used.system) / 1000 / steps };
}

function plainMsPerStep() {
  const run = new ToyRun({ ...TOY_DEFAULTS, trainSize: BATCH, steps: steps + WARM_UP });
  run.advance(WARM_UP);
  return timed(() => run.advance(steps));
}

/** One arm in TF.js: dense layers as variables, soft-target cross-entropy, tf.train.adam. */
function tfjsArm() {
  const sizes = [2, ...HIDDEN_LAYERS, 2];
  const layers = sizes.slice(1).map((fanOut, l) => ({
    w: tf.variable(tf.randomUniform([sizes[l] ?? 1, fanOut], -0.5, 0.5)),
    b: tf.variable(tf.zeros([fanOut])),
  }));
  const optimizer = tf.train.adam(0.01);
  return (x: tf.Tensor2D, targets: tf.Tensor2D) =>
    optimizer.minimize(() => {
      let h: tf.Tensor2D = x;
      layers.forEach(({ w, b }, l) => {
        const z = tf.add(tf.matMul(h, w), b) as tf.Tensor2D;
        h = l + 1 < layers.length ? tf.relu(z) : z;
      });
      return tf.losses.softmaxCrossEntropy(targets, h);
    });
}

async function tfjsMsPerStep() {
  await setUpNodeWasmBackend();
  const arms = [tfjsArm(), tfjsArm()];
  const x = tf.randomNormal([BATCH, 2]) as tf.Tensor2D;
  const targets = tf.oneHot(tf.randomUniform([BATCH], 0, 2, 'int32'), 2).toFloat() as tf.Tensor2D;
  const step = () => arms.forEach((train) => train(x, targets));
  for (let i = 0; i < WARM_UP; i++) step();
  return timed(async () => {
    for (let i = 0; i < steps; i++) step();
    // Reading a value waits for every queued step.
    await x.data();
  });
}

const rows = [
  ['plain typed arrays (src/toy)', await plainMsPerStep()],
  [`TF.js ${tf.version.tfjs}, wasm backend`, await tfjsMsPerStep()],
] as const;
console.log(`| implementation | ms per paired step (wall) | (CPU) | 2,000 steps, CPU |`);
console.log(`| --- | --- | --- | --- |`);
for (const [name, { wall, cpu }] of rows)
  console.log(`| ${name} | ${wall.toFixed(3)} | ${cpu.toFixed(3)} | ${((cpu * 2000) / 1000).toFixed(2)} s |`);
