/**
 * The IDX format of LeCun's MNIST files: a 4-byte big-endian magic number (two zero bytes, a type code,
 * the number of dimensions), one big-endian uint32 per dimension, then the values in row-major order.
 */

/** Type code of unsigned bytes, the only element type MNIST uses. */
const UBYTE = 0x08;

const TYPE_NAMES: Readonly<Record<number, string>> = {
  0x08: 'unsigned byte',
  0x09: 'signed byte',
  0x0b: 'int16',
  0x0c: 'int32',
  0x0d: 'float32',
  0x0e: 'float64',
};

export interface IdxArray {
  dims: number[];
  /** A view into the bytes that were parsed, not a copy. */
  data: Uint8Array;
}

export class IdxFormatError extends Error {
  override name = 'IdxFormatError';

  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

function hex32(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}

export function formatDims(dims: readonly number[]): string {
  return dims.join('×');
}

function dimensions(rank: number): string {
  return rank === 1 ? '1 dimension' : `${rank} dimensions`;
}

function expectedMagic(dims: readonly number[]): string {
  return `${hex32((UBYTE << 8) | dims.length)} (unsigned bytes, ${dimensions(dims.length)})`;
}

/**
 * Parses an IDX file of unsigned bytes. With `expectedDims`, the magic number must declare that many
 * dimensions and the sizes must match, so a labels file passed as images fails on its magic number
 * rather than on whatever its first values say as sizes.
 */
export function parseIdx(bytes: Uint8Array, name: string, expectedDims?: readonly number[]): IdxArray {
  if (bytes.length < 4) {
    throw new IdxFormatError(name, `only ${bytes.length} bytes, too short for an IDX header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const typeCode = bytes[2] ?? 0;
  const rank = bytes[3] ?? 0;
  const expected = expectedDims ? expectedMagic(expectedDims) : '0x00000801 (labels) or 0x00000803 (images)';
  if (bytes[0] !== 0 || bytes[1] !== 0 || rank === 0) {
    throw new IdxFormatError(name, `bad magic number ${hex32(magic)}, expected ${expected}; this is not an IDX file`);
  }
  if (typeCode !== UBYTE) {
    const typeName = TYPE_NAMES[typeCode] ?? 'unknown';
    throw new IdxFormatError(
      name,
      `unsupported IDX element type 0x${typeCode.toString(16).padStart(2, '0')} (${typeName}) in magic number ${hex32(magic)}, expected ${expected}`,
    );
  }
  if (expectedDims && rank !== expectedDims.length) {
    throw new IdxFormatError(name, `bad magic number ${hex32(magic)} (${dimensions(rank)}), expected ${expected}`);
  }

  const headerLength = 4 + 4 * rank;
  if (bytes.length < headerLength) {
    throw new IdxFormatError(name, `header declares ${dimensions(rank)} but the file ends after ${bytes.length} bytes`);
  }
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i));
  if (expectedDims && formatDims(dims) !== formatDims(expectedDims)) {
    throw new IdxFormatError(name, `expected dims ${formatDims(expectedDims)}, found ${formatDims(dims)}`);
  }
  const valueCount = dims.reduce((product, size) => product * size, 1);
  const found = bytes.length - headerLength;
  if (found !== valueCount) {
    const what = rank === 1 ? 'labels' : 'pixels';
    const verdict = found < valueCount ? 'the file is truncated' : 'the file has extra bytes at the end';
    throw new IdxFormatError(
      name,
      `expected ${valueCount} bytes of ${what} after the header (dims ${formatDims(dims)}), found ${found}: ${verdict}`,
    );
  }
  return { dims, data: bytes.subarray(headerLength) };
}

/** Labels index the one-hot targets, so a single value outside 0..numClasses−1 would corrupt training silently. */
export function checkLabels(labels: Uint8Array, name: string, numClasses = 10): void {
  const bad = labels.findIndex((label) => label >= numClasses);
  if (bad !== -1) {
    throw new IdxFormatError(name, `label ${labels[bad]} at index ${bad} is outside 0..${numClasses - 1}`);
  }
}
