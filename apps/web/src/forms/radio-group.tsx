import type { ComponentChildren } from 'preact';
import { describedBy, fieldId } from './field-ids';
import { FieldErrors, FormGroup, Hint } from './field-parts';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

export interface RadioGroupProps {
  name: string;
  legend: string;
  hint?: ComponentChildren;
  value: string;
  options: RadioOption[];
  errors: string[];
  onChange(value: string): void;
  /** Leaving the field (the event tells where the focus goes). */
  onBlur(event: FocusEvent): void;
}

/** A fieldset of radios (arrow keys move between them). The first radio carries the field id. */
export function RadioGroup(props: RadioGroupProps) {
  const { name, legend, hint, value, options, errors } = props;
  const invalid = errors.length > 0;
  return (
    <FormGroup invalid={invalid}>
      <fieldset class="fieldset" aria-describedby={describedBy(name, Boolean(hint), invalid)}>
        <legend class="label">{legend}</legend>
        {hint && <Hint name={name}>{hint}</Hint>}
        <FieldErrors name={name} messages={errors} />
        <div class="radios">
          {options.map((option, index) => {
            const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index + 1}`;
            return (
              <div class="radios__item" key={option.value}>
                <input
                  class="radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={option.value === value}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={() => props.onChange(option.value)}
                  onBlur={props.onBlur}
                />
                <label class="radios__label" for={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div class="hint radios__hint" id={`${id}-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
