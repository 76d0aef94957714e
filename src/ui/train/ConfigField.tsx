import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIG_FIELDS, type TrainConfig } from '../../engine/config';

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
  const { t } = useTranslation('train');
  const id = useId();
  const spec = CONFIG_FIELDS[field];
  const name: keyof TrainConfig = field;
  return (
    <div className="config-field">
      <label htmlFor={id}>{t(`fields.${name}.label`)}</label>
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
              {option === 'batch' ? t('options.batch') : option === 'example' ? t('options.example') : option}
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
          title={t(`fields.${name}.help`)}
          placeholder={field === 'beta' ? t('fields.beta.placeholder') : undefined}
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
