import { readMnist } from '../../src/data/node/readMnist';

let test: ReturnType<typeof readMnist> | null = null;

/** The original test image, straight from the IDX file the assets were made from (read once). */
export function originalTestImage(index: number): Uint8Array {
  test ??= readMnist('test');
  const { images, height, width } = test;
  return images.slice(index * height * width, (index + 1) * height * width);
}
