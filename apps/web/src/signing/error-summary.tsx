import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { fieldId } from '../forms/field-ids';
import type { ShownError } from './error-messages';

/** Moves focus to a field (its first control) and brings its label or legend into view. */
function focusField(field: string): void {
  const target = document.getElementById(fieldId(field));
  if (!target) return;
  // In a group (date of birth, radios), the first part marked wrong, else the first control.
  const control = target.matches('input, select, textarea')
    ? target
    : (target.querySelector<HTMLElement>('input[aria-invalid="true"]') ?? target.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea'));
  const heading = target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${target.id}"]`) ?? target;
  control?.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/**
 * "There is a problem" (GOV.UK error summary): every error, under the name of its field, with a
 * link to it. It takes the focus each time `focusKey` changes (each submit that finds problems).
 */
export function ErrorSummary({ errors, focusKey, labelOf }: { errors: ShownError[]; focusKey: number; labelOf(field: string | null): string | undefined }) {
  const { t } = useI18n();
  const summary = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focusKey > 0) summary.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" ref={summary} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {t('page.errors.summaryTitle')}
        </h2>
        <ul class="error-summary__list">
          {errors.map((error, index) => {
            const field = error.field;
            const linked = field !== null && document.getElementById(fieldId(field)) !== null;
            const label = labelOf(field);
            const content = (
              <>
                {label && <span class="error-summary__field">{label}</span>}
                {error.message}
              </>
            );
            return (
              <li key={`${field}-${error.code}-${index}`}>
                {linked ? (
                  <a
                    href={`#${fieldId(field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(field);
                    }}
                  >
                    {content}
                  </a>
                ) : (
                  content
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
