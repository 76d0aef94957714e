import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { gradConvInfo, type ConvGradAttrs } from './convInfo';
import { wasmKernel, withIntermediates, wrapWasmKernel } from './kernelAccess';

/**
 * tfjs-backend-wasm computes Conv2DBackpropInput with a scalar C++ loop, the slowest step of
 * training the seed-cnn there. For stride 1 the input gradient is itself a convolution — of dy,
 * padded by (filter − 1 − pad) on each side, with the filter rotated 180° and its in/out channels
 * swapped — which XNNPACK runs fast. Other strides keep the original kernel (correct, slower).
 */
interface InputGradAttrs extends ConvGradAttrs {
  inputShape: [number, number, number, number];
}

export function registerFastWasmInputGrad(): void {
  wrapWasmKernel('Conv2DBackpropInput', 'wasmConv2DBackpropInputAsConv', (original) => (args) => {
    const { dy, filter } = args.inputs;
    const attrs = args.attrs as unknown as InputGradAttrs;
    if (!dy || !filter || attrs.dataFormat !== 'NHWC' || dy.dtype !== 'float32' || filter.dtype !== 'float32')
      return original(args);
    const info = gradConvInfo(attrs.inputShape, filter.shape, attrs);
    const { top, bottom, left, right } = info.padInfo;
    const reach = [info.filterHeight - 1, info.filterWidth - 1] as const;
    const transposedPad: tf.backend_util.ExplicitPadding = [
      [0, 0],
      [reach[0] - top, reach[0] - bottom],
      [reach[1] - left, reach[1] - right],
      [0, 0],
    ];
    if (info.strideHeight !== 1 || info.strideWidth !== 1 || transposedPad.flat().some((p) => p < 0))
      return original(args);
    const backend = args.backend as BackendWasm;
    return withIntermediates(backend, (keep) => {
      const rotated = keep(wasmKernel('Reverse')({ inputs: { x: filter }, backend, attrs: { dims: [0, 1] } }));
      const swapped = keep(wasmKernel('Transpose')({ inputs: { x: rotated }, backend, attrs: { perm: [0, 1, 3, 2] } }));
      return wasmKernel('Conv2D')({
        inputs: { x: dy, filter: swapped },
        backend,
        attrs: {
          strides: 1,
          pad: transposedPad,
          dataFormat: 'NHWC',
          dilations: 1,
          dimRoundingMode: undefined,
        } as unknown as tf.NamedAttrMap,
      });
    });
  });
}
