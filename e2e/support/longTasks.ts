import type { Page } from '@playwright/test';

/** The Long Animation Frames API's entry, which TypeScript's DOM types do not list yet. */
interface LongAnimationFrame extends PerformanceEntry {
  scripts: { invoker: string; duration: number; sourceFunctionName: string }[];
}

export interface LongTask {
  startTime: number;
  duration: number;
  /** The scripts of the animation frame the task fell in, so a failure says what was slow. */
  scripts: string[];
}

declare global {
  interface Window {
    longTasks: { startTime: number; duration: number }[];
    /** Long animation frames with the scripts that ran in them: what a failing long-task check should read. */
    longFrames: { startTime: number; duration: number; scripts: string[] }[];
  }
}

/** Records every long task on the main thread, and every long animation frame, from the first script on. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    window.longFrames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LongAnimationFrame[]) {
        const scripts = entry.scripts.map(
          (script) => `${script.invoker} ${Math.round(script.duration)} ms ${script.sourceFunctionName}`,
        );
        window.longFrames.push({ startTime: entry.startTime, duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
}

/** The page's clock, to mark the window a check covers. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The main thread's tasks over 50 ms begun between `from` and `until` (page clock), with their frames' scripts. */
export function longTasksBetween(page: Page, from: number, until: number): Promise<LongTask[]> {
  return page.evaluate(
    ([start, end]) =>
      window.longTasks
        .filter((task) => task.startTime >= start && task.startTime <= end && task.duration > 50)
        .map((task) => ({
          ...task,
          scripts:
            window.longFrames.find(
              (frame) => frame.startTime <= task.startTime && task.startTime < frame.startTime + frame.duration,
            )?.scripts ?? [],
        })),
    [from, until] as const,
  );
}
