/**
 * The live feed keeps the page's main thread free while a run reports: however many points and progress updates
 * the worker sends, the store (and React) hears of them once per animation frame, and the charts' costly redraw
 * comes at most every CHART_INTERVAL_MS. Frames are played by the test; timers and the clock are Vitest's fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MetricsPoint, ProgressUpdate } from '../contract/reports';
import { CHART_INTERVAL_MS, LiveFeed } from './liveFeed';

const point = (step: number): MetricsPoint => {
  const arm = { testAccuracy: 0.5, testLoss: 1, trainLoss: 1 } as unknown as MetricsPoint['baseline'];
  return { step, epoch: step / 100, examplesSeen: step * 16, baseline: arm, mixup: arm };
};

const progress = (step: number): ProgressUpdate => ({
  epoch: 1,
  step,
  stepsPerEpoch: 100,
  totalSteps: 100,
  examplesSeen: step * 16,
  examplesPerSecond: 100,
  elapsedMs: step * 10,
  evaluationPace: null,
});

/** The animation frames asked for and not yet shown. */
let frames: FrameRequestCallback[] = [];
/** Shows one frame, 16 ms after the last: the callbacks asked for before it run. */
function frame(): void {
  vi.advanceTimersByTime(16);
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(performance.now()));
}

function feedWithSink() {
  const appends: { points: number[]; progress: number | null }[] = [];
  const sink = {
    append: vi.fn((points: MetricsPoint[], update: ProgressUpdate | null) =>
      appends.push({ points: points.map((p) => p.step), progress: update?.step ?? null }),
    ),
    redrawCharts: vi.fn(),
  };
  return { feed: new LiveFeed(sink), sink, appends };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('LiveFeed', () => {
  it('hands on every point and the latest progress of a frame in one append, asking for one frame', () => {
    const { feed, sink, appends } = feedWithSink();
    for (let step = 1; step <= 50; step++) {
      feed.setProgress(progress(step));
      if (step % 2 === 0) feed.addPoint(point(step));
    }
    expect(frames).toHaveLength(1);
    expect(sink.append).not.toHaveBeenCalled();

    frame();
    expect(appends).toEqual([{ points: Array.from({ length: 25 }, (_, i) => 2 * (i + 1)), progress: 50 }]);
    // Nothing new, no frame asked for and nothing handed on.
    expect(frames).toHaveLength(0);
    frame();
    expect(sink.append).toHaveBeenCalledTimes(1);
  });

  it('appends once per frame while reports keep coming, never once per report', () => {
    const { feed, sink } = feedWithSink();
    let step = 0;
    for (let shown = 0; shown < 20; shown++) {
      for (let i = 0; i < 5; i++) feed.addPoint(point(++step));
      frame();
    }
    expect(sink.append).toHaveBeenCalledTimes(20);
    expect(sink.append.mock.calls.every(([points]) => points.length === 5)).toBe(true);
  });

  it('flushes at once before an epoch summary, and the frame asked for earlier then hands on nothing', () => {
    const { feed, appends } = feedWithSink();
    feed.addPoint(point(1));
    feed.setProgress(progress(1));
    feed.flush();
    expect(appends).toEqual([{ points: [1], progress: 1 }]);
    frame();
    expect(appends).toHaveLength(1);
    // The next report asks for a frame again.
    feed.addPoint(point(2));
    expect(frames).toHaveLength(1);
  });

  it('redraws the charts at most every CHART_INTERVAL_MS however often points arrive, and at once when settled', () => {
    const { feed, sink } = feedWithSink();
    const redrawsAt: number[] = [];
    sink.redrawCharts.mockImplementation(() => redrawsAt.push(performance.now()));
    const start = performance.now();
    // A point every frame for a second.
    for (let i = 0; i < 62; i++) {
      feed.addPoint(point(i + 1));
      frame();
    }
    expect(redrawsAt.length).toBeGreaterThanOrEqual(Math.floor(1000 / CHART_INTERVAL_MS));
    expect(redrawsAt.length).toBeLessThanOrEqual(Math.ceil(1000 / CHART_INTERVAL_MS) + 1);
    const gaps = redrawsAt.slice(1).map((at, i) => at - (redrawsAt[i] ?? start));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(CHART_INTERVAL_MS);

    const before = sink.redrawCharts.mock.calls.length;
    feed.addPoint(point(100));
    feed.settle();
    expect(sink.append).toHaveBeenLastCalledWith([point(100)], null);
    expect(sink.redrawCharts).toHaveBeenCalledTimes(before + 1);
    // The redraw it replaced does not come as well.
    vi.advanceTimersByTime(CHART_INTERVAL_MS);
    expect(sink.redrawCharts).toHaveBeenCalledTimes(before + 1);
  });

  it('forgets what it buffered, and the redraw it had planned, when cleared: the run on screen is being replaced', () => {
    const { feed, sink } = feedWithSink();
    feed.addPoint(point(1));
    frame();
    feed.addPoint(point(2));
    feed.setProgress(progress(2));
    feed.clear();
    frame();
    vi.advanceTimersByTime(CHART_INTERVAL_MS);
    expect(sink.append).toHaveBeenCalledTimes(1);
    expect(sink.redrawCharts).not.toHaveBeenCalled();
  });
});
