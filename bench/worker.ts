/// <reference lib="webworker" />
import { loadMnistSplit } from '../src/data/loadMnist';
import { initBackend } from '../src/engine/backend';
import { startReference } from './referenceBackends';
import { benchTrainSize, createBenchData } from './benchData';
import { measureBareLoop } from './bareLoop';
import { measurePairedLoop } from './pairedLoop';
import { isAppBackend, type BenchMessage, type BenchRecord, type BenchRequest } from './protocol';

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
  const data = createBenchData(train, test, request);
  try {
    const record = (loop: BenchRecord['loop'], examplesPerSecond: number): BenchRecord => ({
      backend: request.backend,
      model: request.model,
      loop,
      batchSize: request.batchSize,
      examplesPerSecond,
    });
    // Bare, paired, bare, paired: alternating spreads slow drifts of a noisy machine over both loops.
    const bare: number[] = [];
    const paired: number[] = [];
    for (let round = 0; round < 2; round++) {
      bare.push(await measureBareLoop(data, request));
      paired.push((await measurePairedLoop(data, request, benchTrainSize(request))).examplesPerSecond);
    }
    return {
      ok: true,
      reply: {
        records: [record('paired', Math.max(...paired)), record('bare', Math.max(...bare))],
        backendUsed: backend.name,
        adapter: backend.adapter
          ? `${backend.adapter.vendor} ${backend.adapter.architecture}`
          : backend.threads !== null
            ? `${backend.threads} thread(s), ${backend.crossOriginIsolated ? '' : 'not '}cross-origin isolated`
            : null,
        skipped: backend.skipped,
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
