/** Messages between the page and the 2-D panel's worker (`toy/worker.ts`), which trains in plain JS, no TF.js. */
import type { ToyConfig, ToyPictures, ToyResult } from './run';

/** Each run has an id; a newer one replaces whatever the worker was doing. */
export interface ToyCommand {
  type: 'train';
  id: number;
  config: ToyConfig;
}

export type ToyEvent =
  | { type: 'progress'; id: number; total: number; pictures: ToyPictures }
  | { type: 'done'; id: number; result: ToyResult }
  | { type: 'error'; id: number; message: string };
