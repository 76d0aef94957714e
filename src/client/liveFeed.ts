import type { MetricsPoint, ProgressUpdate } from '../contract/reports';

/**
 * Redrawing the four curve charts costs far more than a frame on a slow machine, so they follow the
 * points a few times a second instead of at display rate.
 */
export const CHART_INTERVAL_MS = 300;

export interface LiveSink {
  /** New points and the latest progress, at most once per animation frame. */
  append(points: MetricsPoint[], progress: ProgressUpdate | null): void;
  /** Time to thin the points for the charts again, at most every CHART_INTERVAL_MS. */
  redrawCharts(): void;
}

/**
 * Metric points and progress can arrive many times a second; they are buffered here and handed on
 * once per animation frame, so React renders at most at the display's rate, not per message.
 */
export class LiveFeed {
  private points: MetricsPoint[] = [];
  private progress: ProgressUpdate | null = null;
  private frameScheduled = false;
  private chartTimer: ReturnType<typeof setTimeout> | null = null;
  private lastChartRedraw = -Infinity;

  constructor(private readonly sink: LiveSink) {}

  addPoint(point: MetricsPoint): void {
    this.points.push(point);
    this.scheduleFrame();
  }

  setProgress(progress: ProgressUpdate): void {
    this.progress = progress;
    this.scheduleFrame();
  }

  /** Hands on what is buffered now: before an epoch summary, so it never precedes its points. */
  flush(): void {
    this.frameScheduled = false;
    if (!this.points.length && !this.progress) return;
    const { points, progress } = this;
    this.points = [];
    this.progress = null;
    this.sink.append(points, progress);
    if (points.length) this.scheduleCharts();
  }

  /** Hands on everything and redraws the charts at once: the run has ended, so nothing more is coming. */
  settle(): void {
    this.flush();
    this.redrawChartsNow();
  }

  /** Forgets what is buffered: the run on screen is being replaced. */
  clear(): void {
    this.points = [];
    this.progress = null;
    if (this.chartTimer !== null) clearTimeout(this.chartTimer);
    this.chartTimer = null;
  }

  private scheduleFrame(): void {
    if (this.frameScheduled) return;
    this.frameScheduled = true;
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => this.flush());
    else setTimeout(() => this.flush(), 16);
  }

  private scheduleCharts(): void {
    if (this.chartTimer !== null) return;
    const wait = Math.max(0, this.lastChartRedraw + CHART_INTERVAL_MS - performance.now());
    this.chartTimer = setTimeout(() => this.redrawChartsNow(), wait);
  }

  private redrawChartsNow(): void {
    if (this.chartTimer !== null) clearTimeout(this.chartTimer);
    this.chartTimer = null;
    this.lastChartRedraw = performance.now();
    this.sink.redrawCharts();
  }
}
