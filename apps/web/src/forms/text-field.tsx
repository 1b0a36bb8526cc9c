import type { ComponentChildren } from 'preact';
import { LabelledField } from './field-parts';

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
    <LabelledField name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          class={['input', width ?? '', invalid ? 'input--error' : ''].filter(Boolean).join(' ')}
          type="text"
          value={value}
          autocomplete={props.autocomplete ?? 'off'}
          inputMode={props.inputMode}
          spellcheck={props.spellcheck ?? false}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          onBlur={props.onBlur}
        />
      )}
    </LabelledField>
  );
}
