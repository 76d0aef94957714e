import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  optionLabel,
  settingHelp,
  settingLabel,
  settingRow,
  specialMeaning,
  type TrainConfig,
} from '../../contract/config';

interface ConfigFieldProps<K extends keyof TrainConfig> {
  field: K;
  value: TrainConfig[K];
  onChange: (value: TrainConfig[K]) => void;
  disabled: boolean;
  invalid: boolean;
}

/** One control for one setting, drawn from its row: a select for choices, a number box otherwise. */
export function ConfigField<K extends keyof TrainConfig>({
  field,
  value,
  onChange,
  disabled,
  invalid,
}: ConfigFieldProps<K>) {
  // The labels are the config's own (read in the page's language); this subscribes to its changes.
  useTranslation();
  const id = useId();
  const row = settingRow(field);
  return (
    <div className="config-field">
      <label htmlFor={id}>{settingLabel(field)}</label>
      {row.kind === 'choice' ? (
        <select
          id={id}
          value={String(value)}
          disabled={disabled}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value as TrainConfig[K])}
        >
          {row.options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(field, option)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={row.special === 0 ? 0 : row.min}
          max={row.max}
          step={row.kind === 'integer' ? 1 : 'any'}
          value={value === null ? '' : String(value)}
          disabled={disabled}
          aria-invalid={invalid}
          title={settingHelp(field)}
          placeholder={row.special === null ? specialMeaning(field) : undefined}
          onChange={(event) =>
            onChange(
              (event.target.value === '' && row.special === null ? null : Number(event.target.value)) as TrainConfig[K],
            )
          }
        />
      )}
    </div>
  );
}
