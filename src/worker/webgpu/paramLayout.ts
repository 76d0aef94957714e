/**
 * Where every trainable variable of every arm lives in the one storage buffer the fused step updates.
 * Arms are laid out one after another with the same internal offsets, so a shader addresses a variable
 * as arm·armStride + offset. The arm stride is padded to a whole number of optimiser workgroups, so each
 * workgroup's partial sum of squared kernels belongs to exactly one arm.
 */

export interface VariableSpec {
  /** For error messages and tests, e.g. 'conv2d_1/kernel'. */
  name: string;
  shape: readonly number[];
  /** Kernels carry weight decay; biases do not. */
  isKernel: boolean;
}

export interface PlacedVariable extends VariableSpec {
  /** In floats, from the start of the arm's block. */
  offset: number;
  size: number;
}

export interface ParamLayout {
  variables: readonly PlacedVariable[];
  /** Floats used by one arm's variables, before padding. */
  armSize: number;
  /** Floats between two arms' blocks: armSize rounded up to a multiple of `align`. */
  armStride: number;
  arms: number;
  /** Floats in the whole buffer: arms · armStride. */
  total: number;
}

const elementCount = (shape: readonly number[]) => shape.reduce((product, n) => product * n, 1);

export function layoutParams(specs: readonly VariableSpec[], arms: number, align: number): ParamLayout {
  if (!(Number.isInteger(arms) && arms >= 1)) throw new Error(`arms must be a positive integer, got ${arms}`);
  if (!(Number.isInteger(align) && align >= 1)) throw new Error(`align must be a positive integer, got ${align}`);
  let offset = 0;
  const variables = specs.map((spec) => {
    const size = elementCount(spec.shape);
    const placed = { ...spec, offset, size };
    offset += size;
    return placed;
  });
  const armStride = Math.ceil(offset / align) * align;
  return { variables, armSize: offset, armStride, arms, total: arms * armStride };
}

/** The kernels' [start, end) float ranges within one arm's block, merged where adjacent. */
export function kernelRanges(layout: ParamLayout): [number, number][] {
  const ranges: [number, number][] = [];
  for (const v of layout.variables) {
    if (!v.isKernel) continue;
    const last = ranges.at(-1);
    if (last && last[1] === v.offset) last[1] = v.offset + v.size;
    else ranges.push([v.offset, v.offset + v.size]);
  }
  return ranges;
}
