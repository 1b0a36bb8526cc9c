import type { ComponentChildren } from 'preact';
import { describedBy, fieldId } from './field-ids';
import { FieldErrors, FormGroup, Hint } from './field-parts';

export interface TextFieldProps {
  name: string;
  label: string;
  hint?: ComponentChildren;
  value: string;
  errors: string[];
  onInput(value: string): void;
  /** Leaving the field (the event tells where the focus goes). */
  onBlur(event: FocusEvent): void;
  autocomplete?: string;
  inputMode?: 'text' | 'numeric';
  /** CSS width class (`input--w10` …); full width otherwise. */
  width?: string;
  spellcheck?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { name, label, hint, value, errors, width } = props;
  const invalid = errors.length > 0;
  return (
    <FormGroup invalid={invalid}>
      <label class="label" for={fieldId(name)}>
        {label}
      </label>
      {hint && <Hint name={name}>{hint}</Hint>}
      <FieldErrors name={name} messages={errors} />
      <input
        class={['input', width ?? '', invalid ? 'input--error' : ''].filter(Boolean).join(' ')}
        id={fieldId(name)}
        name={name}
        type="text"
        value={value}
        autocomplete={props.autocomplete ?? 'off'}
        inputMode={props.inputMode}
        spellcheck={props.spellcheck ?? false}
        aria-describedby={describedBy(name, Boolean(hint), invalid)}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onBlur={props.onBlur}
      />
    </FormGroup>
  );
}
