import { DATE_PARTS, wrongDateParts, type DatePart, type DateParts, type Language } from '@eci/rules';
import { describedBy, fieldId } from '../forms/field-ids';
import { FieldErrors, FormGroup, Hint } from '../forms/field-parts';
import { useI18n } from '../i18n/i18n-context';

/**
 * Languages whose readers write a date year first (Hungarian 1985. 11. 02., Lithuanian and
 * Swedish 1985-11-02): the fields come in that order. Everyone else writes the day first, as
 * GOV.UK's date input does. See docs/signing-page.md ("Date of birth").
 */
const YEAR_FIRST: ReadonlySet<Language> = new Set<Language>(['hu', 'lt', 'sv']);

export function datePartOrder(lang: Language): readonly DatePart[] {
  return YEAR_FIRST.has(lang) ? ['year', 'month', 'day'] : DATE_PARTS;
}

/** The id of one part's input (`field-dateOfBirth-day`…); the group's own id is on the fieldset. */
export const datePartId = (name: string, part: DatePart) => `${fieldId(name)}-${part}`;

export interface DateFieldProps {
  name: string;
  legend: string;
  hint: string;
  parts: DateParts;
  errors: string[];
  onInput(part: DatePart, value: string): void;
  /** The focus leaves the group (not when it moves from one part to another). */
  onLeave(event: FocusEvent): void;
}

/**
 * A date in three labelled fields in one fieldset (GOV.UK date input): numeric keyboard on
 * phones, birthday autofill, one error for the group. When it is refused, the parts that are
 * wrong on their own are marked (all three when the whole date is the problem), and the error
 * summary's link focuses the first marked one.
 */
export function DateField({ name, legend, hint, parts, errors, onInput, onLeave }: DateFieldProps) {
  const { t, lang } = useI18n();
  const invalid = errors.length > 0;
  const wrong = invalid ? wrongDateParts(parts) : [];
  const marked = (part: DatePart) => invalid && (wrong.length === 0 || wrong.includes(part));
  return (
    <FormGroup invalid={invalid}>
      <fieldset class="fieldset" id={fieldId(name)} role="group" aria-describedby={describedBy(name, true, invalid)}>
        <legend class="label">{legend}</legend>
        <Hint name={name}>{hint}</Hint>
        <FieldErrors name={name} messages={errors} />
        <div class="date-input">
          {datePartOrder(lang).map((part) => (
            <div class="date-input__item" key={part}>
              <label class="label date-input__label" for={datePartId(name, part)}>
                {t(`page.date.${part}`)}
              </label>
              <input
                class={['input', part === 'year' ? 'input--w4' : 'input--w2', marked(part) ? 'input--error' : ''].filter(Boolean).join(' ')}
                id={datePartId(name, part)}
                name={`${name}-${part}`}
                type="text"
                inputMode="numeric"
                autocomplete={`bday-${part}`}
                spellcheck={false}
                value={parts[part]}
                aria-invalid={marked(part) ? 'true' : undefined}
                onInput={(event) => onInput(part, event.currentTarget.value)}
                onBlur={(event) => {
                  const next = event.relatedTarget;
                  if (next instanceof HTMLElement && event.currentTarget.closest('fieldset')?.contains(next)) return;
                  onLeave(event);
                }}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
