import type { ComponentChildren } from 'preact';
import { describedBy, fieldId } from './field-ids';
import { FieldErrors, FormGroup, Hint } from './field-parts';

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
  const invalid = errors.length > 0;
  return (
    <FormGroup invalid={invalid}>
      <label class="label" for={fieldId(name)}>
        {label}
      </label>
      {hint && <Hint name={name}>{hint}</Hint>}
      <FieldErrors name={name} messages={errors} />
      <select
        class={invalid ? 'select select--error' : 'select'}
        id={fieldId(name)}
        name={name}
        value={value}
        autocomplete={props.autocomplete ?? 'off'}
        aria-describedby={describedBy(name, Boolean(hint), invalid)}
        aria-invalid={invalid ? 'true' : undefined}
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
    </FormGroup>
  );
}
