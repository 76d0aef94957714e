import { readMnist } from '../../src/data/node/readMnist';

/** The original test image, straight from the IDX file the assets were made from. */
export function originalTestImage(index: number): Uint8Array {
  const { images, height, width } = readMnist('test');
  return images.slice(index * height * width, (index + 1) * height * width);
}
