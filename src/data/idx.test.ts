import { describe, expect, it } from 'vitest';
import { checkLabels, IdxFormatError, parseIdx } from './idx';
import { makeIdx } from './testing/fixtures';

const NAME = 'data/tiny-images-idx3-ubyte';

function parseError(bytes: Uint8Array): IdxFormatError {
  try {
    parseIdx(bytes, NAME);
  } catch (error) {
    if (error instanceof IdxFormatError) return error;
    throw error;
  }
  throw new Error('parseIdx accepted a corrupt file');
}

describe('parseIdx', () => {
  it('reads the dims and gives a view of the values, not a copy', () => {
    const bytes = makeIdx([2, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const { dims, data } = parseIdx(bytes, NAME);
    expect(dims).toEqual([2, 2, 3]);
    expect(Array.from(data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data.buffer).toBe(bytes.buffer);
    expect(data.byteOffset).toBe(16);
  });

  it('reads a label vector', () => {
    expect(parseIdx(makeIdx([3], [7, 0, 9]), NAME)).toEqual({ dims: [3], data: Uint8Array.from([7, 0, 9]) });
  });

  it('reads dimension sizes as unsigned big-endian 32-bit integers', () => {
    const bytes = makeIdx([300], new Uint8Array(300));
    expect(Array.from(bytes.subarray(4, 8))).toEqual([0, 0, 1, 44]);
    expect(parseIdx(bytes, NAME).dims).toEqual([300]);
  });

  it('honours the byte offset of a view into a larger buffer', () => {
    const file = makeIdx([2], [4, 5]);
    const padded = new Uint8Array(file.length + 3);
    padded.set(file, 3);
    expect(parseIdx(padded.subarray(3), NAME)).toEqual({ dims: [2], data: Uint8Array.from([4, 5]) });
  });

  it('rejects a bad magic number, printing it in hex with what was expected', () => {
    const bytes = makeIdx([1], [0]);
    bytes.set([0x1f, 0x8b, 0x08, 0x00], 0);
    const error = parseError(bytes);
    expect(error.file).toBe(NAME);
    expect(error.message).toBe(
      `${NAME}: bad magic number 0x1f8b0800, expected 0x00000801 (labels) or 0x00000803 (images); this is not an IDX file`,
    );
  });

  it('rejects an element type other than unsigned bytes, naming it', () => {
    const bytes = makeIdx([1], [0, 0, 0, 0]);
    bytes[2] = 0x0d;
    expect(parseError(bytes).message).toMatch(
      /^data\/tiny-images-idx3-ubyte: unsupported IDX element type 0x0d \(float32\) in magic number 0x00000d01/,
    );
  });

  it('rejects a file too short for its header', () => {
    expect(parseError(Uint8Array.from([0, 0])).message).toBe(`${NAME}: only 2 bytes, too short for an IDX header`);
    expect(parseError(makeIdx([4, 4, 4], []).subarray(0, 10)).message).toBe(
      `${NAME}: header declares 3 dimensions but the file ends after 10 bytes`,
    );
  });

  it('rejects truncated pixels, with the expected and found byte counts', () => {
    const bytes = makeIdx([2, 2, 2], [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseError(bytes.subarray(0, bytes.length - 3)).message).toBe(
      `${NAME}: expected 8 bytes of pixels after the header (dims 2×2×2), found 5: the file is truncated`,
    );
  });

  it('rejects extra bytes after the values', () => {
    const bytes = makeIdx([2], [1, 2, 3]);
    expect(parseError(bytes).message).toBe(
      `${NAME}: expected 2 bytes of labels after the header (dims 2), found 3: the file has extra bytes at the end`,
    );
  });
});

describe('parseIdx with expected dims', () => {
  const bytes = makeIdx([2, 2, 3], new Uint8Array(12));

  it('accepts the expected dims', () => {
    expect(parseIdx(bytes, NAME, [2, 2, 3]).dims).toEqual([2, 2, 3]);
  });

  it('rejects other sizes, naming the file and both shapes', () => {
    expect(() => parseIdx(bytes, NAME, [2, 3, 2])).toThrow(
      new IdxFormatError(NAME, 'expected dims 2×3×2, found 2×2×3'),
    );
  });

  it('rejects a file of another rank by its magic number, before reading its sizes', () => {
    expect(() => parseIdx(bytes, NAME, [12])).toThrow(
      `${NAME}: bad magic number 0x00000803 (3 dimensions), expected 0x00000801 (unsigned bytes, 1 dimension)`,
    );
    const labels = makeIdx([3], [1, 2, 3]);
    expect(() => parseIdx(labels, NAME, [3, 28, 28])).toThrow(
      `${NAME}: bad magic number 0x00000801 (1 dimension), expected 0x00000803 (unsigned bytes, 3 dimensions)`,
    );
  });

  it('names the expected magic number when the file is not IDX', () => {
    expect(() => parseIdx(Uint8Array.from([0x3c, 0x21, 0x44, 0x4f, 0x43]), NAME, [5])).toThrow(
      `${NAME}: bad magic number 0x3c21444f, expected 0x00000801 (unsigned bytes, 1 dimension); this is not an IDX file`,
    );
  });
});

describe('checkLabels', () => {
  it('accepts labels 0..9', () => {
    expect(() => checkLabels(Uint8Array.from([0, 9, 5]), NAME)).not.toThrow();
  });

  it('names the first label out of range and its index', () => {
    expect(() => checkLabels(Uint8Array.from([0, 3, 10, 255]), NAME)).toThrow(
      `${NAME}: label 10 at index 2 is outside 0..9`,
    );
    expect(() => checkLabels(Uint8Array.from([0, 3]), NAME, 3)).toThrow(IdxFormatError);
  });
});
