import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n-context';
import { describedBy, errorId, fieldId, hintId } from './field-ids';

export function Hint({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <div class="hint" id={hintId(name)}>
      {children}
    </div>
  );
}

/** The field's error messages, prefixed "Error:" for screen readers (GOV.UK pattern). */
export function FieldErrors({ name, messages }: { name: string; messages: string[] }) {
  const { t } = useI18n();
  if (messages.length === 0) return null;
  return (
    <p class="error-message" id={errorId(name)}>
      <span class="visually-hidden">{t('page.errors.prefix')} </span>
      {messages.map((message, index) => (
        <span key={index} class="error-message__line">
          {message}
        </span>
      ))}
    </p>
  );
}

export function FormGroup({ invalid, children, class: className }: { invalid: boolean; children: ComponentChildren; class?: string }) {
  return <div class={['form-group', invalid ? 'form-group--error' : '', className ?? ''].filter(Boolean).join(' ')}>{children}</div>;
}

/**
 * A single control under its label, hint and error messages: the group, the label pointing at the
 * control, and the attributes that tie the control to them (spread `control` on it).
 */
export function LabelledField({ name, label, hint, errors, children }: {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  errors: string[];
  children: (control: ControlAttributes) => ComponentChildren;
}) {
  const invalid = errors.length > 0;
  return (
    <FormGroup invalid={invalid}>
      <label class="label" for={fieldId(name)}>
        {label}
      </label>
      {hint && <Hint name={name}>{hint}</Hint>}
      <FieldErrors name={name} messages={errors} />
      {children({ id: fieldId(name), name, 'aria-describedby': describedBy(name, Boolean(hint), invalid), 'aria-invalid': invalid ? 'true' : undefined })}
    </FormGroup>
  );
}

export interface ControlAttributes {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': 'true' | undefined;
}
