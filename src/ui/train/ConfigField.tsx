import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIG_FIELDS, optionLabel, type TrainConfig } from '../../contract/config';

interface ConfigFieldProps<K extends keyof TrainConfig> {
  field: K;
  value: TrainConfig[K];
  onChange: (value: TrainConfig[K]) => void;
  disabled: boolean;
  invalid: boolean;
}

/** One control for one config field, drawn from its schema: a select for choices, a number box otherwise. */
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
  const spec = CONFIG_FIELDS[field];
  return (
    <div className="config-field">
      <label htmlFor={id}>{spec.label}</label>
      {spec.kind === 'choice' ? (
        <select
          id={id}
          value={String(value)}
          disabled={disabled}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value as TrainConfig[K])}
        >
          {spec.options.map((option) => (
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
          min={'zeroMeans' in spec && spec.zeroMeans ? 0 : spec.min}
          max={spec.max}
          step={spec.kind === 'integer' ? 1 : 'any'}
          value={value === null ? '' : String(value)}
          disabled={disabled}
          aria-invalid={invalid}
          title={spec.help}
          placeholder={'nullMeans' in spec ? spec.nullMeans : undefined}
          onChange={(event) =>
            onChange(
              (event.target.value === '' && 'nullMeans' in spec && spec.nullMeans
                ? null
                : Number(event.target.value)) as TrainConfig[K],
            )
          }
        />
      )}
    </div>
  );
}
