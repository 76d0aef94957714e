import { useTranslation } from 'react-i18next';

interface AsymmetrySwitchProps {
  on: boolean;
  onToggle: (on: boolean) => void;
}

/** A checkbox drawn as a switch: on gives β its own slider, off ties β to α as the method does. */
export function AsymmetrySwitch({ on, onToggle }: AsymmetrySwitchProps) {
  const { t } = useTranslation('explore');
  return (
    <label className="beta-switch">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => onToggle(event.target.checked)} />
      <span>{t('beta.asymmetric')}</span>
    </label>
  );
}
