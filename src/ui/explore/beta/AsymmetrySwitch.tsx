interface AsymmetrySwitchProps {
  on: boolean;
  onToggle: (on: boolean) => void;
}

/** A checkbox drawn as a switch: on gives β its own slider, off ties β to α as the method does. */
export function AsymmetrySwitch({ on, onToggle }: AsymmetrySwitchProps) {
  return (
    <label className="beta-switch">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => onToggle(event.target.checked)} />
      <span>Asymmetric: separate β</span>
    </label>
  );
}
