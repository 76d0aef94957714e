import * as tf from '@tensorflow/tfjs';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { gradConvInfo, geometryOf, type ConvGradAttrs } from './convInfo';
import { columnShape, fillColumns } from './im2col';
import { wasmKernel, withIntermediates } from './kernelAccess';

/**
 * tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter, so training any convolution there fails.
 * This kernel lays the input out as a column matrix (one row per filter weight, one column per
 * output pixel; ./im2col.ts) and hands the whole reduction to the backend's own BatchMatMul, whose
 * untransposed single-batch case runs on XNNPACK's SIMD matrix multiply, on every thread the
 * backend has. dy, already [pixels, out channels] in NHWC, is that product's right-hand side as it is.
 */

interface FilterGradAttrs extends ConvGradAttrs {
  filterShape: [number, number, number, number];
}

function filterGradient(
  x: tf.TensorInfo,
  dy: tf.TensorInfo,
  attrs: FilterGradAttrs,
  backend: BackendWasm,
): tf.TensorInfo {
  if (attrs.dataFormat !== 'NHWC') {
    throw new Error(`Conv2DBackpropFilter on wasm: data format ${attrs.dataFormat} is not supported, only NHWC`);
  }
  if (x.dtype !== 'float32' || dy.dtype !== 'float32') {
    throw new Error(`Conv2DBackpropFilter on wasm: needs float32 tensors, got x ${x.dtype} and dy ${dy.dtype}`);
  }
  const info = gradConvInfo(x.shape, attrs.filterShape, attrs);
  if (dy.shape.join() !== info.outShape.join()) {
    throw new Error(
      `Conv2DBackpropFilter on wasm: dy has shape [${dy.shape.join(', ')}], the convolution gives [${info.outShape.join(', ')}]`,
    );
  }
  const geometry = geometryOf(info);
  const reshape = wasmKernel('Reshape');
  return withIntermediates(backend, (keep) => {
    // One channel needs no transpose: [n, h, w, 1] and [1, n, h, w] are the same bytes.
    const channelMajor =
      info.inChannels === 1
        ? x
        : keep(wasmKernel('Transpose')({ inputs: { x }, backend, attrs: { perm: [3, 0, 1, 2] } }));
    const [rows, cols] = columnShape(geometry);
    const columns = keep(backend.makeOutput([1, rows, cols], 'float32'));
    // Views are taken after the allocation: growing the WASM heap detaches earlier ones.
    fillColumns(
      backend.typedArrayFromHeap(channelMajor) as Float32Array,
      geometry,
      backend.typedArrayFromHeap(columns) as Float32Array,
    );
    const rhs = keep(reshape({ inputs: { x: dy }, backend, attrs: { shape: [1, cols, info.outChannels] } }));
    const product = keep(
      wasmKernel('BatchMatMul')({
        inputs: { a: columns, b: rhs },
        backend,
        attrs: { transposeA: false, transposeB: false },
      }),
    );
    return reshape({ inputs: { x: product }, backend, attrs: { shape: [...attrs.filterShape] } });
  });
}

/** Registers the kernel once per TF.js instance; call it after the wasm backend is registered. */
export function registerWasmFilterGrad(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: function wasmConv2DBackpropFilter(args) {
      const { x, dy } = args.inputs;
      if (!x || !dy) throw new Error('Conv2DBackpropFilter on wasm: needs inputs x and dy');
      return filterGradient(x, dy, args.attrs as unknown as FilterGradAttrs, args.backend as BackendWasm);
    },
  });
}
