import { useTranslation } from 'react-i18next';
import { ARM_COLOURS, ARM_LABELS } from './armColours';
import { ARMS } from '../../contract/protocol';

/** One legend for all the curves, since every chart draws the two arms the same way. */
export function ArmLegend() {
  const { t } = useTranslation('train');
  return (
    <ul className="arm-legend" aria-label={t('arms.legend')}>
      {ARMS.map((arm) => (
        <li key={arm}>
          <span className="arm-swatch" style={{ background: ARM_COLOURS[arm] }} aria-hidden="true" />
          {ARM_LABELS[arm]}
        </li>
      ))}
    </ul>
  );
}
