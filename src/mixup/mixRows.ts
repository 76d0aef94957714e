import { requireIndices } from './validation';

/**
 * The mixup interpolation applied row by row: for rows of length L (an image or a target
 * vector), out_i = λ_i · row_i + (1 − λ_i) · row_{partners[i]}. Returns a new array.
 *
 * The same function mixes images (mixup) and soft targets (mixup and CutMix alike).
 *
 * @throws Error unless rows.length = N·L with N = partners.length = lambdas.length, and every
 * partner is an index in [0, N).
 */
export function mixRows(
  rows: Float32Array,
  rowLength: number,
  partners: Int32Array,
  lambdas: Float32Array,
): Float32Array {
  const n = partners.length;
  if (lambdas.length !== n || rows.length !== n * rowLength) {
    throw new Error(
      'mixRows needs rows.length = N·rowLength with N = partners.length = lambdas.length, got ' +
        `rows.length ${rows.length}, rowLength ${rowLength}, ${n} partners, ${lambdas.length} lambdas`,
    );
  }
  requireIndices('partners', partners, n);
  const mixed = new Float32Array(rows.length);
  for (let i = 0; i < n; i++) {
    const lam = lambdas[i] ?? 1;
    const own = i * rowLength;
    const other = (partners[i] ?? i) * rowLength;
    for (let k = 0; k < rowLength; k++) {
      mixed[own + k] = lam * (rows[own + k] ?? 0) + (1 - lam) * (rows[other + k] ?? 0);
    }
  }
  return mixed;
}
