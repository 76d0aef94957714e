/**
 * Counts compute dispatches on a GPUDevice by wrapping createCommandEncoder → beginComputePass →
 * dispatchWorkgroups(Indirect). It sits below every engine, so the TF.js kernels and the fused step are
 * counted the same way. Encoders created before the counter is installed are not counted.
 */

type Method = (...args: never[]) => unknown;
interface ComputePass {
  dispatchWorkgroups: Method;
  dispatchWorkgroupsIndirect: Method;
}
interface CommandEncoder {
  beginComputePass(...args: never[]): ComputePass;
}
/** The part of a GPUDevice the counter touches (structural, so TF.js's and Dawn's device types both fit). */
export interface CountableDevice {
  createCommandEncoder(...args: never[]): CommandEncoder;
}

export interface DispatchCounter {
  /** Dispatches recorded since the counter was installed. */
  readonly count: number;
  /** Puts the device's own createCommandEncoder back. */
  restore(): void;
}

/** Replaces `object[name]` with a function that calls `after` on what the original returns. */
function wrapMethod<T extends object, K extends keyof T>(object: T, name: K, after: (result: unknown) => void): void {
  const original = object[name] as Method;
  object[name] = function (this: unknown, ...args: never[]) {
    const result = original.apply(this, args);
    after(result);
    return result;
  } as T[K];
}

export function countDispatches(device: CountableDevice): DispatchCounter {
  let count = 0;
  const own = Object.prototype.hasOwnProperty.call(device, 'createCommandEncoder');
  const original = device.createCommandEncoder;
  wrapMethod(device, 'createCommandEncoder', (encoder) =>
    wrapMethod(encoder as CommandEncoder, 'beginComputePass', (pass) => {
      const counted = () => count++;
      wrapMethod(pass as ComputePass, 'dispatchWorkgroups', counted);
      wrapMethod(pass as ComputePass, 'dispatchWorkgroupsIndirect', counted);
    }),
  );
  return {
    get count() {
      return count;
    },
    restore() {
      if (own) device.createCommandEncoder = original;
      else delete (device as Partial<CountableDevice>).createCommandEncoder;
    },
  };
}
