export { firstPerClass } from './firstPerClass';
export { checkLabels, IdxFormatError, parseIdx, type IdxArray } from './idx';
export { applyLabelNoise, type NoisyLabels } from './labelNoise';
export {
  DataLoadError,
  loadManifest,
  loadMnistSplit,
  type LoadOptions,
  type MnistSplit,
  type Split,
} from './loadMnist';
export {
  ASSET_KEYS,
  ASSETS,
  IMAGE_HEIGHT,
  IMAGE_WIDTH,
  ManifestError,
  NUM_CLASSES,
  SPLIT_ASSETS,
  SPLIT_SIZES,
  validateManifest,
  type AssetKey,
  type AssetSpec,
  type Manifest,
  type ManifestAsset,
} from './manifest';
export { balancedSubset } from './subsets';
