import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from './config';
import { CPU_SILENCE_LIMIT_MS, HEARTBEAT_MS, Heartbeat, SILENCE_LIMIT_MS, SilenceWatchdog } from './heartbeat';
import type { BackendInfo, WorkerMessage } from './protocol';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Heartbeat', () => {
  it('sends a keep-alive while a job is in flight, paused included, and stops when it ends', () => {
    const posted: WorkerMessage[] = [];
    const { send } = new Heartbeat((message) => posted.push(message));
    const alives = () => posted.filter((message) => message.type === 'alive').length;
    send({ type: 'status', status: 'training' });
    vi.advanceTimersByTime(HEARTBEAT_MS);
    expect(alives()).toBe(1);
    send({ type: 'status', status: 'paused' });
    vi.advanceTimersByTime(30 * HEARTBEAT_MS);
    expect(alives()).toBe(31);
    send({ type: 'status', status: 'ready' });
    vi.advanceTimersByTime(10 * HEARTBEAT_MS);
    expect(alives()).toBe(31);
    expect(posted.filter((message) => message.type === 'status')).toHaveLength(3);
  });

  it('sends a keep-alive while a command is handled whatever the status, such as a Start waiting for a calibration', async () => {
    const posted: WorkerMessage[] = [];
    const heartbeat = new Heartbeat((message) => posted.push(message));
    const alives = () => posted.filter((message) => message.type === 'alive').length;
    heartbeat.send({ type: 'status', status: 'ready' });
    let finish = () => {};
    const handled = heartbeat.during(new Promise<void>((resolve) => (finish = resolve)));
    vi.advanceTimersByTime(5 * HEARTBEAT_MS);
    expect(alives()).toBe(5);
    finish();
    await handled;
    vi.advanceTimersByTime(5 * HEARTBEAT_MS);
    expect(alives()).toBe(5);
  });
});

describe('SilenceWatchdog', () => {
  const LIMIT = SILENCE_LIMIT_MS;
  const setUp = () => {
    const onSilence = vi.fn();
    return { onSilence, watchdog: new SilenceWatchdog(onSilence) };
  };

  it('calls a silence during a job, counted from the last message', () => {
    const { onSilence, watchdog } = setUp();
    watchdog.asked({ type: 'start', config: DEFAULT_CONFIG });
    watchdog.heard({ type: 'status', status: 'training' });
    vi.advanceTimersByTime(LIMIT - 1);
    watchdog.heard({ type: 'alive' });
    vi.advanceTimersByTime(LIMIT - 1);
    expect(onSilence).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilence).toHaveBeenCalledExactlyOnceWith(LIMIT);
  });

  it('waits longer on the cpu backend, whose evaluations hold the worker for minutes', () => {
    const { onSilence, watchdog } = setUp();
    watchdog.heard({ type: 'ready', backend: { name: 'cpu' } as BackendInfo });
    watchdog.heard({ type: 'status', status: 'training' });
    vi.advanceTimersByTime(CPU_SILENCE_LIMIT_MS - 1);
    expect(onSilence).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSilence).toHaveBeenCalledExactlyOnceWith(CPU_SILENCE_LIMIT_MS);
  });

  it('expects an answer to a job asked for, before any status', () => {
    const { onSilence, watchdog } = setUp();
    watchdog.asked({ type: 'init', backend: 'auto', engine: 'fused', dataUrl: '' });
    vi.advanceTimersByTime(LIMIT);
    expect(onSilence).toHaveBeenCalledOnce();
  });

  it('lets an idle or ready worker stay silent, and forgets a worker thrown away', () => {
    const { onSilence, watchdog } = setUp();
    watchdog.asked({ type: 'pause' });
    vi.advanceTimersByTime(2 * LIMIT);
    watchdog.asked({ type: 'start', config: DEFAULT_CONFIG });
    // A refused start answers with an error and no status: the worker is still ready.
    watchdog.heard({ type: 'error', error: { kind: 'refused', message: '', hint: '' } });
    vi.advanceTimersByTime(2 * LIMIT);
    watchdog.heard({ type: 'status', status: 'training' });
    watchdog.forget();
    vi.advanceTimersByTime(2 * LIMIT);
    expect(onSilence).not.toHaveBeenCalled();
  });
});
