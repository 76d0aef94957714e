/// <reference lib="webworker" />
import { loadMnistSplit } from '../../src/data/loadMnist';
import { initBackend } from '../../src/worker/backend';
import { countDispatches, type CountableDevice } from '../../src/worker/webgpu/dispatchCounter';
import { tfjsDevice } from '../../src/worker/webgpu/tfjsGpu';
import { startReference } from './referenceBackends';
import { benchTrainSize, createBenchData } from '../benchData';
import { measureBareLoop } from './bareLoop';
import { bestPairedLoops, engineSteps, pairedLoopConfig, pairedRecords } from '../pairedLoop';
import { isAppBackend, type BenchMessage, type BenchRecord, type BenchRequest } from '../protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Each worker measures one backend and model: backends cannot be swapped cleanly in one TF.js instance. */
async function measure(request: BenchRequest, dataUrl: string): Promise<BenchMessage> {
  const backend = isAppBackend(request.backend)
    ? await initBackend(request.backend)
    : await startReference(request.backend);
  if (backend.name !== request.backend && isAppBackend(request.backend)) {
    return { ok: false, error: `${request.backend} is unavailable here: ${backend.skipped.join('; ')}` };
  }
  const [train, test] = await Promise.all([
    loadMnistSplit('train', { baseUrl: dataUrl }),
    loadMnistSplit('test', { baseUrl: dataUrl }),
  ]);
  const adapter = backend.adapter
    ? `${backend.adapter.vendor} ${backend.adapter.architecture}`
    : backend.threads !== null
      ? `${backend.threads} thread(s), ${backend.crossOriginIsolated ? '' : 'not '}cross-origin isolated`
      : null;
  const trainSize = benchTrainSize(request);
  const skipped = [...backend.skipped];
  const engines = engineSteps(request, pairedLoopConfig(request, trainSize), (why) => skipped.push(why));
  // Installed before any step, so every encoder the loops create is counted; the worker dies with it.
  const counter = request.backend === 'webgpu' ? countDispatches(tfjsDevice() as unknown as CountableDevice) : null;
  const data = createBenchData(train, test, request);
  try {
    // Bare, then each engine's paired loop, round after round: alternating spreads slow drifts of a noisy
    // machine over all the loops.
    const bare: number[] = [];
    const best = await bestPairedLoops(data, request, trainSize, engines, {
      rounds: 2,
      dispatches: counter ? () => counter.count : undefined,
      eachRound: async () => void bare.push(await measureBareLoop(data, request)),
    });
    const bareRecord: BenchRecord = {
      backend: request.backend,
      engine: 'tfjs',
      model: request.model,
      loop: 'bare',
      batchSize: request.batchSize,
      examplesPerSecond: Math.max(...bare),
      dispatchesPerStep: null,
      steps: request.steps,
      adapter,
    };
    return {
      ok: true,
      reply: {
        records: [...pairedRecords(request, best, adapter), bareRecord],
        backendUsed: backend.name,
        adapter,
        skipped,
      },
    };
  } finally {
    data.dispose();
  }
}

scope.onmessage = (message: MessageEvent<{ request: BenchRequest; dataUrl: string }>) => {
  measure(message.data.request, message.data.dataUrl)
    .catch((error: unknown): BenchMessage => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }))
    .then((reply) => scope.postMessage(reply));
};
