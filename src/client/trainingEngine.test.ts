/** The training engine turns the worker's events into calls on its host and settles the run the page waits on. */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../contract/config';
import type { WorkerCommand, WorkerEvent } from '../contract/protocol';
import type { RunResult } from '../contract/reports';

const worker = vi.hoisted(() => ({
  sent: [] as WorkerCommand[],
  languages: [] as string[],
  emit: (_event: WorkerEvent): void => undefined,
}));

vi.mock('./trainerClient', () => ({
  EngineClient: class {
    constructor(listener: (event: WorkerEvent) => void) {
      worker.emit = listener;
    }
    send(command: WorkerCommand): void {
      worker.sent.push(command);
    }
    restart(): void {}
    tellLanguage(language: string): void {
      worker.languages.push(language);
    }
  },
}));

const { TrainingEngine } = await import('./trainingEngine');

function hostRecording() {
  const calls: string[] = [];
  let languageListener: (language: 'en' | 'zh') => void = () => undefined;
  const record =
    (name: string) =>
    (..._args: unknown[]): void => {
      calls.push(name);
    };
  const host = {
    language: () => 'en' as const,
    onLanguageChange: (listener: (language: 'en' | 'zh') => void) => (languageListener = listener),
    loading: record('loading'),
    ready: record('ready'),
    started: record('started'),
    append: (points: unknown[]) => calls.push(`append ${points.length}`),
    redrawCharts: record('redrawCharts'),
    epochEnded: record('epochEnded'),
    status: record('status'),
    pace: record('pace'),
    finished: record('finished'),
    failed: record('failed'),
  };
  return { host, calls, setLanguage: (language: 'en' | 'zh') => languageListener(language) };
}

const point = { step: 1 } as never;
const result = { stopped: false } as unknown as RunResult;

describe('TrainingEngine', () => {
  it('tells a new worker the language, hands on the points before the end, and settles the run with its result', async () => {
    const { host, calls, setLanguage } = hostRecording();
    const engine = new TrainingEngine(host);
    const ended = engine.run(DEFAULT_CONFIG, null);
    expect(worker.languages).toEqual(['en']);
    setLanguage('zh');
    expect(worker.languages).toEqual(['en', 'zh']);
    expect(worker.sent.at(-1)).toEqual({ type: 'start', config: DEFAULT_CONFIG });

    worker.emit({ type: 'metrics', point });
    worker.emit({ type: 'metrics', point });
    expect(calls).toEqual([]);
    worker.emit({ type: 'finished', result });
    expect(calls).toEqual(['append 2', 'redrawCharts', 'finished']);
    await expect(ended).resolves.toBe(result);
  });

  it('ends a run waited on when another starts or the worker is thrown away, and asks each calibration once', async () => {
    const engine = new TrainingEngine(hostRecording().host);
    const first = engine.run(DEFAULT_CONFIG, null);
    const second = engine.run(DEFAULT_CONFIG, null);
    await expect(first).rejects.toMatchObject({ kind: 'refused' });
    engine.restart();
    await expect(second).rejects.toMatchObject({ kind: 'internal' });

    const shape = { model: 'tiny', batchSize: 32 } as const;
    worker.sent.length = 0;
    engine.calibrate('wasm/tiny/batch 32', shape);
    engine.calibrate('wasm/tiny/batch 32', shape);
    expect(worker.sent).toEqual([{ type: 'calibrate', shape }]);
    engine.restart();
    engine.calibrate('wasm/tiny/batch 32', shape);
    expect(worker.sent).toHaveLength(2);
  });
});
