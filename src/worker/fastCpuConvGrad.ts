import * as tf from '@tensorflow/tfjs';

/**
 * tfjs-backend-cpu computes Conv2DBackpropFilter through TensorBuffer.get(...) per multiply-add,
 * which makes one training step of the tiny MNIST model take about a second. This kernel computes
 * the same sums over flat arrays (about 50× faster). It is registered wherever the CPU backend
 * trains: the worker when `cpu` is chosen, the experiment runner and the Node tests.
 */

interface CpuBackendData {
  data: { get(dataId: object): { values: Float32Array } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo;
}

interface FilterGradAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape: [number, number, number, number];
}

function filterGradient(
  x: tf.TensorInfo,
  dy: tf.TensorInfo,
  attrs: FilterGradAttrs,
  backend: CpuBackendData,
): tf.TensorInfo {
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const xs = backend.data.get(x.dataId).values;
  const dys = backend.data.get(dy.dataId).values;
  const { inHeight, inWidth, inChannels, outHeight, outWidth, outChannels, filterHeight, filterWidth } = info;
  const top = info.padInfo.top;
  const left = info.padInfo.left;
  // Float64 sums, like the original kernel's per-weight `dotProd`, then one rounding to float32.
  const sums = new Float64Array(filterHeight * filterWidth * inChannels * outChannels);
  for (let b = 0; b < info.batchSize; b++) {
    for (let yR = 0; yR < outHeight; yR++) {
      for (let yC = 0; yC < outWidth; yC++) {
        const dyBase = ((b * outHeight + yR) * outWidth + yC) * outChannels;
        for (let wR = 0; wR < filterHeight; wR++) {
          const xR = yR * info.strideHeight + wR - top;
          if (xR < 0 || xR >= inHeight) continue;
          for (let wC = 0; wC < filterWidth; wC++) {
            const xC = yC * info.strideWidth + wC - left;
            if (xC < 0 || xC >= inWidth) continue;
            const xBase = ((b * inHeight + xR) * inWidth + xC) * inChannels;
            const wBase = (wR * filterWidth + wC) * inChannels;
            for (let d1 = 0; d1 < inChannels; d1++) {
              const xv = xs[xBase + d1] ?? 0;
              const out = (wBase + d1) * outChannels;
              for (let d2 = 0; d2 < outChannels; d2++) {
                sums[out + d2] = (sums[out + d2] ?? 0) + xv * (dys[dyBase + d2] ?? 0);
              }
            }
          }
        }
      }
    }
  }
  return backend.makeTensorInfo([...attrs.filterShape], 'float32', Float32Array.from(sums));
}

/** Replaces the cpu backend's Conv2DBackpropFilter for NHWC, dilation 1 (what our models use). */
export function registerFastCpuConvGrad(): void {
  const original = tf.getKernel('Conv2DBackpropFilter', 'cpu');
  if (!original || original.kernelFunc.name === 'fastConv2DBackpropFilter') return;
  const fallback = original.kernelFunc;
  tf.unregisterKernel('Conv2DBackpropFilter', 'cpu');
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'cpu',
    kernelFunc: function fastConv2DBackpropFilter(args) {
      const attrs = args.attrs as unknown as FilterGradAttrs;
      const { x, dy } = args.inputs;
      if (attrs.dataFormat !== 'NHWC' || !x || !dy || x.dtype !== 'float32' || dy.dtype !== 'float32') {
        return fallback(args);
      }
      return filterGradient(x, dy, attrs, args.backend as unknown as CpuBackendData);
    },
  });
}

/** The pure-JS cpu backend with the fast filter gradient. */
export async function setUpCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  registerFastCpuConvGrad();
}
