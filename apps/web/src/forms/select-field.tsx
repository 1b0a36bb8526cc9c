import type { ComponentChildren } from 'preact';
import { LabelledField } from './field-parts';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  name: string;
  label: string;
  hint?: ComponentChildren;
  value: string;
  options: SelectOption[];
  /** The first, empty option ("Choose a country"). */
  placeholder: string;
  errors: string[];
  onChange(value: string): void;
  /** Leaving the field (the event tells where the focus goes). */
  onBlur(event: FocusEvent): void;
  autocomplete?: string;
}

export function SelectField(props: SelectFieldProps) {
  const { name, label, hint, value, options, errors } = props;
  return (
    <LabelledField name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select
          {...control}
          class={errors.length > 0 ? 'select select--error' : 'select'}
          value={value}
          autocomplete={props.autocomplete ?? 'off'}
          onChange={(event) => props.onChange(event.currentTarget.value)}
          onBlur={props.onBlur}
        >
          <option value="">{props.placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
