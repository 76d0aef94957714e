/**
 * A worker that falls silent mid-run, through the real client and stores: a stand-in Worker that the test speaks
 * for, and fake timers in place of the seconds of silence.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import { SILENCE_LIMIT_MS } from '../contract/heartbeat';
import type { WorkerCommand, WorkerMessage } from '../contract/protocol';
import { useSweepStore } from './sweepStore';
import { result } from './testing/runResult';
import { useTrainingStore } from './trainingStore';

/** The page's worker as the test plays it: the commands it was sent, and a way to speak as it. */
class SilentWorker {
  static current: SilentWorker | null = null;
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  onerror = null;
  onmessageerror = null;
  readonly sent: WorkerCommand[] = [];
  terminated = false;

  constructor() {
    SilentWorker.current = this;
  }

  postMessage(command: WorkerCommand): void {
    this.sent.push(command);
  }

  terminate(): void {
    this.terminated = true;
  }

  say(message: WorkerMessage): void {
    this.onmessage?.({ data: message });
  }
}

beforeAll(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', SilentWorker);
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a worker that falls silent', () => {
  it('ends the run as a crash would and the sweep as failed, keeping the finished points', async () => {
    useTrainingStore.setState({ draft: { ...DEFAULT_CONFIG, trainSize: 300 } });
    useSweepStore.setState({ alphaText: '0.2, 1', seedCount: 1 });
    useSweepStore.getState().startSweep();
    const worker = SilentWorker.current;
    if (!worker) throw new Error('no worker was started');
    worker.say({ type: 'status', status: 'loading' });
    worker.say({ type: 'status', status: 'ready' });

    const playStart = () => {
      const start = worker.sent.filter((command) => command.type === 'start').at(-1);
      if (!start) throw new Error('no run was started');
      worker.say({
        type: 'started',
        config: start.config,
        trained: ['baseline', 'mixup'],
        engine: 'tfjs',
        engineReason: 'test',
      });
      worker.say({ type: 'status', status: 'training' });
    };
    playStart();
    worker.say({ type: 'finished', result: result(0.92) });
    worker.say({ type: 'status', status: 'ready' });
    await vi.advanceTimersByTimeAsync(0);
    playStart();

    // Keep-alives hold the watchdog off; then the worker says nothing more.
    for (let second = 0; second < 3 * SILENCE_LIMIT_MS; second += 1000) {
      await vi.advanceTimersByTimeAsync(1000);
      worker.say({ type: 'alive' });
    }
    expect(useTrainingStore.getState().status).toBe('training');
    await vi.advanceTimersByTimeAsync(SILENCE_LIMIT_MS);

    expect(worker.terminated).toBe(true);
    const training = useTrainingStore.getState();
    expect(training.status).toBe('idle');
    expect(training.error).toMatchObject({ kind: 'internal', hint: expect.stringContaining('Reset') });
    expect(training.error?.message).toContain('stopped unexpectedly');
    const sweep = useSweepStore.getState();
    expect(sweep.status).toBe('failed');
    expect(sweep.records).toHaveLength(1);
    expect(sweep.stopReason).toContain('The finished points are kept.');
  });
});
