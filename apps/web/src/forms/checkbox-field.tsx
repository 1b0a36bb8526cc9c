import { describedBy, fieldId } from './field-ids';
import { FieldErrors, FormGroup } from './field-parts';

export interface CheckboxFieldProps {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  errors: string[];
  onChange(checked: boolean): void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const { name, label, hint, checked, errors } = props;
  const invalid = errors.length > 0;
  const id = fieldId(name);
  return (
    <FormGroup invalid={invalid} class="form-group--checkbox">
      <FieldErrors name={name} messages={errors} />
      <div class="checkboxes__item">
        <input
          class="checkboxes__input"
          id={id}
          name={name}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(name, Boolean(hint), invalid)}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        <label class="checkboxes__label" for={id}>
          {label}
        </label>
        {hint && (
          <div class="hint checkboxes__hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
      </div>
    </FormGroup>
  );
}
