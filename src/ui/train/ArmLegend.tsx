import { ARM_COLOURS, ARM_LABELS, ARM_ORDER } from './armColours';

/** One legend for all the curves, since every chart draws the two arms the same way. */
export function ArmLegend() {
  return (
    <ul className="arm-legend" aria-label="Legend">
      {ARM_ORDER.map((arm) => (
        <li key={arm}>
          <span className="arm-swatch" style={{ background: ARM_COLOURS[arm] }} aria-hidden="true" />
          {ARM_LABELS[arm]}
        </li>
      ))}
    </ul>
  );
}
