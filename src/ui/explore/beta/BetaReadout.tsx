import { DRAWS, type BetaPicture } from './betaPicture';

const fixed = (value: number): string => value.toFixed(3);
const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;

/** The exact moments beside those of the drawn λs, so the sampler can be checked by eye. */
export function BetaReadout({ picture }: { picture: BetaPicture }) {
  const { exact, sampled } = picture;
  return (
    <div className="beta-readout" data-testid="beta-readout">
      <p>
        <strong>Exact:</strong> <span>mean {fixed(exact.mean)}</span> · <span>sd {fixed(exact.sd)}</span>
      </p>
      <p>
        <strong>Of {DRAWS.toLocaleString('en-US')} draws:</strong> <span>mean {fixed(sampled.mean)}</span> ·{' '}
        <span>sd {fixed(sampled.sd)}</span> · <span>λ &gt; 0.5 in {percent(sampled.shareAboveHalf)}</span>
      </p>
    </div>
  );
}
