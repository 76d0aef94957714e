import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpNodeWebGpuBackend } from '../node/webgpuBackend';
import { countDispatches, type CountableDevice } from './dispatchCounter';

/** The GPUDevice TF.js holds, untyped here: the project does not compile against @webgpu/types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const tfjsDevice = (): any => (tf.backend() as WebGPUBackend).device;

describe('countDispatches on Dawn', () => {
  beforeAll(() => setUpNodeWebGpuBackend(), 60_000);

  it('counts direct and indirect dispatches, and stops counting once restored', async () => {
    const device = tfjsDevice();
    const pipeline = device.createComputePipeline({
      layout: 'auto',
      compute: { module: device.createShaderModule({ code: '@compute @workgroup_size(1) fn main() {}' }) },
    });
    const indirect = device.createBuffer({ size: 12, usage: GPUBufferUsage.INDIRECT | GPUBufferUsage.COPY_DST });
    device.queue.writeBuffer(indirect, 0, new Uint32Array([1, 1, 1]));
    const encodeThree = () => {
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.dispatchWorkgroups(1);
      pass.dispatchWorkgroups(2, 1, 1);
      pass.dispatchWorkgroupsIndirect(indirect, 0);
      pass.end();
      device.queue.submit([encoder.finish()]);
    };
    const counter = countDispatches(device as CountableDevice);
    encodeThree();
    expect(counter.count).toBe(3);
    counter.restore();
    encodeThree();
    expect(counter.count).toBe(3);
    await device.queue.onSubmittedWorkDone();
    indirect.destroy();
  }, 60_000);

  it("counts TF.js's kernels", async () => {
    const counter = countDispatches(tfjsDevice() as CountableDevice);
    // Large enough that TF.js does not forward the op to its CPU kernels.
    const sum = tf.tidy(() => tf.add(tf.fill([4096], 1), tf.fill([4096], 2)));
    expect((await sum.data())[4095]).toBe(3);
    expect(counter.count).toBeGreaterThanOrEqual(1);
    counter.restore();
    tf.dispose(sum);
  }, 60_000);
});
