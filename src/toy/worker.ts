/**
 * The 2-D panel's worker. A run takes about a second, so it trains in chunks and looks at its messages
 * between them: a newer command (α moved again) ends the older run at once instead of queueing behind it.
 */
import { ToyRun, type ToyPictures } from './run';
import type { ToyCommand, ToyEvent } from './protocol';

/** Steps between looks at the message queue: a few milliseconds of work. */
const CHUNK_STEPS = 50;
/** How often the pictures follow the training while it runs. */
const FRAME_MS = 200;

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;
const channel = new MessageChannel();
/** A macrotask boundary without setTimeout's 4 ms clamp, so a pending command is read. */
const yieldToMessages = (): Promise<void> =>
  new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const post = (event: ToyEvent, pictures: ToyPictures): void =>
  scope.postMessage(event, [pictures.grids.baseline.buffer, pictures.grids.mixup.buffer]);

async function train({ id, config }: ToyCommand): Promise<void> {
  try {
    const run = new ToyRun(config);
    let framed = performance.now();
    while (!run.done) {
      run.advance(CHUNK_STEPS);
      if (performance.now() - framed > FRAME_MS && !run.done) {
        const pictures = run.pictures();
        post({ type: 'progress', id, total: config.steps, pictures }, pictures);
        framed = performance.now();
      }
      await yieldToMessages();
      if (latest !== id) return;
    }
    const result = run.result();
    post({ type: 'done', id, result }, result);
  } catch (error) {
    scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = ({ data }: MessageEvent<ToyCommand>) => {
  latest = data.id;
  void train(data);
};
