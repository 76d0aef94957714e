import { useTranslation } from 'react-i18next';
import { describeSoftLabel, softLabel } from './softLabel';

interface SoftLabelChartProps {
  labelI: number;
  labelJ: number;
  lambda: number;
}

const percent = (share: number): string => `${100 * share}%`;

/**
 * ỹ as ten bars, each split into y_i's share (λ) and y_j's (1 − λ). Plain boxes rather than a chart
 * library, because a gallery draws many of these and each must cost next to nothing.
 */
export function SoftLabelChart({ labelI, labelJ, lambda }: SoftLabelChartProps) {
  // The text alternative is made by describeSoftLabel in the page's language; this re-renders it on a change.
  useTranslation();
  return (
    <div className="soft-label" role="img" aria-label={describeSoftLabel(labelI, labelJ, lambda)}>
      {softLabel(labelI, labelJ, lambda).map(({ digit, fromI, fromJ }) => (
        <div className={fromI + fromJ > 0 ? 'soft-label-class soft-label-used' : 'soft-label-class'} key={digit}>
          <div className="soft-label-track">
            <span className="soft-label-j" style={{ height: percent(fromJ) }} />
            <span className="soft-label-i" style={{ height: percent(fromI) }} />
          </div>
          <span className="soft-label-digit">{digit}</span>
        </div>
      ))}
    </div>
  );
}
