import type { MnistSplit } from '../../../data/loadMnist';

export function BlendGallery({ split }: { split: MnistSplit }) {
  return <section aria-labelledby="blend-title"><h2 id="blend-title">Blended samples ({split.count})</h2></section>;
}
