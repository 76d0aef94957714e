import type { BenchMessage, BenchRequest } from '../protocol';

/** Runs one measurement in a fresh worker, like the app's training worker. */
function runBench(request: BenchRequest): Promise<BenchMessage> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return new Promise<BenchMessage>((resolve) => {
    worker.onmessage = (message: MessageEvent<BenchMessage>) => resolve(message.data);
    worker.onerror = (event) => resolve({ ok: false, error: `the bench worker crashed: ${event.message}` });
    worker.postMessage({ request, dataUrl: '/data/' });
  }).finally(() => worker.terminate());
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
document.body.dataset.ready = 'true';
