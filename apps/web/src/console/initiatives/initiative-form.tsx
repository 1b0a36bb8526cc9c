import './initiatives.css';
import { useMemo, useRef, useState } from 'preact/hooks';
import { initiativeProblems, isRealDay, MIN_ORGANISERS, organiserCount, REQUIRED_TEXTS, TEXT_LIMITS, textLength, type InitiativeTextField, type OrganiserRole } from '@eci/api-contract';
import { collectionWindow, kickOffProblem, LANGUAGES, latestKickOff, lawfulChannels, MEMBER_STATES, type Language } from '@eci/rules';
import type { ApiResult } from '../../api/types';
import { fieldId } from '../../forms/field-ids';
import { FieldErrors, FormGroup, LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { ErrorSummary } from '../../signing/error-summary';
import type { ShownError } from '../../signing/error-messages';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { bodyOf, changedFields, ORGANISER_ROLES, problemMessage, TEXT_FIELDS, type InitiativeBody, type InitiativeFormState, type OrganiserRow } from './initiative-form-model';

/**
 * The one form for a new initiative and for an edit: every field of the registration except the
 * public key (the Keys page sets it). The legal limits are said as they are typed, computed by the
 * rules library and the checks the API runs (@eci/api-contract `initiativeProblems`); on sending,
 * the same checks run here first and the API's refusals are shown under the fields they name.
 */
export interface InitiativeFormProps {
  mode: 'new' | 'edit';
  initial: InitiativeFormState;
  title: string;
  submitLabel: string;
  /** Sends the body (new) or the changed fields (edit); the answer's errors are shown. */
  send(body: Partial<InitiativeBody>): Promise<ApiResult<unknown>>;
  /** After a successful answer. */
  onSent(body: InitiativeBody): void;
  /** A status shown above the form (an edit's "saved"). */
  status?: string;
}

/**
 * The browser does not judge "not in the future": the server's clock (Brussels) does, and a wrong
 * clock on the organiser's computer must not block a lawful registration.
 */
const NO_FUTURE_CHECK = '9999-12-31';

export function InitiativeForm(props: InitiativeFormProps) {
  const { t, lang, countryName } = useI18n();
  const [form, setForm] = useState<InitiativeFormState>(props.initial);
  const [before, setBefore] = useState<InitiativeBody>(() => bodyOf(props.initial));
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(props.initial.organisers.length);
  const addButton = useRef<HTMLButtonElement>(null);
  useDocumentTitle(props.title, errors.length > 0);

  const update = (change: Partial<InitiativeFormState>) => setForm((current) => ({ ...current, ...change }));
  const setText = (field: InitiativeTextField, language: Language, value: string) =>
    setForm((current) => ({ ...current, texts: { ...current.texts, [field]: { ...current.texts[field], [language]: value } } }));
  const setOrganiser = (key: number, change: Partial<OrganiserRow>) =>
    setForm((current) => ({ ...current, organisers: current.organisers.map((row) => (row.key === key ? { ...row, ...change } : row)) }));

  const languageName = (code: string) => t(`languages.${code}`);
  const fieldLabel = (field: string | null): string | undefined => {
    if (field === null) return undefined;
    const [first, second, third] = field.split('.');
    if ((TEXT_FIELDS as string[]).includes(first)) return second ? `${t(`console.initiatives.texts.${first}`)} (${languageName(second)})` : t(`console.initiatives.texts.${first}`);
    if (first === 'organisers') {
      if (second === undefined) return t('console.initiatives.organisers.title');
      const row = t('console.initiatives.organisers.row', { n: Number(second) + 1 });
      return third ? `${row}: ${t(`console.initiatives.organisers.${third}`)}` : row;
    }
    return t(`console.initiatives.fields.${first}`);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const body = bodyOf(form);
    const sent = props.mode === 'new' ? body : changedFields(body, before);
    const changed = new Set(Object.keys(sent));
    const problems = initiativeProblems(body, changed, NO_FUTURE_CHECK);
    if (problems.length > 0) {
      setErrors(problems.map((problem) => ({ field: problem.field, code: problem.code, message: problemMessage(problem, t), overridable: false })));
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const answer = await props.send(sent);
    setBusy(false);
    if (answer.ok) {
      setErrors([]);
      setBefore(body);
      props.onSent(body);
      return;
    }
    setErrors(shownErrors(answer.status, answer.errors, t));
    setAttempt((n) => n + 1);
  };

  const errorsOf = (field: string) => messagesFor(errors, field);
  const countries = useMemo(() => MEMBER_STATES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, lang)), [lang]);
  const count = organiserCount(form.organisers);
  const groupMeets = count.members >= MIN_ORGANISERS && count.states >= MIN_ORGANISERS && count.representatives === 1 && count.substitutes === 1;

  const text = (name: keyof InitiativeFormState & string, extra?: { hint?: preact.ComponentChildren; inputMode?: 'numeric' | 'url' | 'text'; width?: string; type?: string }) => (
    <LabelledField name={name} label={fieldLabel(name)} hint={extra?.hint} errors={errorsOf(name)}>
      {(control) => (
        <input
          {...control}
          class={['input', extra?.width ?? '', errorsOf(name).length > 0 ? 'input--error' : ''].filter(Boolean).join(' ')}
          type={extra?.type ?? 'text'}
          inputMode={extra?.inputMode}
          autocomplete="off"
          spellcheck={false}
          value={form[name] as string}
          onInput={(event) => update({ [name]: event.currentTarget.value })}
        />
      )}
    </LabelledField>
  );

  return (
    <>
      <h1 class="heading-xl">{props.title}</h1>
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={fieldLabel} />
      <form class="console-form initiative-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
        <section aria-labelledby="registration-heading" class="initiative-form__registration">
          <h2 class="heading-l" id="registration-heading">
            {t('console.initiatives.form.registration')}
          </h2>
          {props.mode === 'new' && text('slug', { hint: t('console.initiatives.hints.slug'), width: 'input--w20' })}
          {text('registrationNumber', { hint: t('console.initiatives.hints.registrationNumber'), width: 'input--w10' })}
          {text('registrationDate', { hint: <DateHint />, width: 'input--w10', inputMode: 'numeric' })}
          <RegistrationLimits registrationDate={form.registrationDate.trim()} />
          {text('collectionStart', { hint: <DateHint />, width: 'input--w10', inputMode: 'numeric' })}
          <KickOffLimits
            registrationDate={form.registrationDate.trim()}
            collectionStart={form.collectionStart.trim()}
            // An edit is judged on what it changes (the API's rule): unchanged dates are not re-judged.
            judged={props.mode === 'new' || form.registrationDate.trim() !== before.registrationDate || form.collectionStart.trim() !== before.collectionStart}
          />
          {text('registerUrl', { hint: t('console.initiatives.hints.registerUrl'), inputMode: 'url', type: 'url' })}
          {text('cocsUrl', { hint: t('console.initiatives.hints.cocsUrl'), inputMode: 'url', type: 'url' })}
          {text('website', { hint: t('console.initiatives.hints.website'), inputMode: 'url', type: 'url' })}
        </section>

        <section aria-labelledby="texts-heading">
          <h2 class="heading-l" id="texts-heading">
            {t('console.initiatives.form.texts')}
          </h2>
          <fieldset class="fieldset initiative-languages" id={fieldId('languages')} aria-describedby="languages-hint">
            <legend class="label">{t('console.initiatives.form.languages')}</legend>
            <div class="hint" id="languages-hint">
              {t('console.initiatives.hints.languages')}
            </div>
            <ul class="initiative-languages__list">
              {LANGUAGES.map((code) => {
                const chosen = form.languages.includes(code);
                const last = chosen && form.languages.length === 1;
                return (
                  <li key={code} class="checkboxes__item">
                    <input
                      class="checkboxes__input"
                      type="checkbox"
                      id={`language-${code}`}
                      checked={chosen}
                      aria-disabled={last ? 'true' : undefined}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        if (!on && last) {
                          event.currentTarget.checked = true;
                          return;
                        }
                        update({ languages: LANGUAGES.filter((l) => (l === code ? on : form.languages.includes(l))) });
                      }}
                    />
                    <label class="checkboxes__label" for={`language-${code}`} lang={code}>
                      {languageName(code)}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {TEXT_FIELDS.filter((field) => errorsOf(field).length > 0).map((field) => (
            <FormGroup key={field} invalid>
              <p class="label" id={fieldId(field)} tabIndex={-1}>
                {fieldLabel(field)}
              </p>
              <FieldErrors name={field} messages={errorsOf(field)} />
            </FormGroup>
          ))}
          <div class="initiative-texts">
            {form.languages.map((code) => (
              <fieldset key={code} class="fieldset initiative-texts__language">
                <legend class="heading-m">
                  <span lang={code}>{languageName(code)}</span>
                </legend>
                {TEXT_FIELDS.map((field) => (
                  <TextInLanguage
                    key={field}
                    field={field}
                    language={code}
                    label={t(`console.initiatives.texts.${field}`)}
                    optional={!REQUIRED_TEXTS.includes(field)}
                    value={form.texts[field][code] ?? ''}
                    errors={errorsOf(`${field}.${code}`)}
                    onInput={(value) => setText(field, code, value)}
                  />
                ))}
              </fieldset>
            ))}
          </div>
        </section>

        <section aria-labelledby="organisers-heading">
          <h2 class="heading-l" id="organisers-heading">
            {t('console.initiatives.organisers.title')}
          </h2>
          <p class="hint" id="organisers-rule">
            {t('console.initiatives.organisers.rule', { min: MIN_ORGANISERS })}
          </p>
          <FormGroup invalid={errorsOf('organisers').length > 0}>
            <div id={fieldId('organisers')} tabIndex={-1}>
              <FieldErrors name="organisers" messages={errorsOf('organisers')} />
              <p class={groupMeets ? 'initiative-count initiative-count--met' : 'initiative-count'} id="organisers-count" role="status">
                {t('console.initiatives.organisers.count', count)} {t(groupMeets ? 'console.initiatives.organisers.met' : 'console.initiatives.organisers.notMet')}
              </p>
            </div>
          </FormGroup>
          <ol class="initiative-organisers">
            {form.organisers.map((row, index) => (
              <li key={row.key} class="initiative-organisers__row">
                <OrganiserFields
                  row={row}
                  index={index}
                  countries={countries}
                  errorsOf={errorsOf}
                  onChange={(change) => setOrganiser(row.key, change)}
                  onRemove={() => {
                    update({ organisers: form.organisers.filter((o) => o.key !== row.key) });
                    addButton.current?.focus();
                  }}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            class="button button--secondary initiative-add"
            ref={addButton}
            onClick={() => {
              const key = nextKey.current++;
              update({ organisers: [...form.organisers, { key, role: 'member', name: '', residence: '', email: '' }] });
              // The new row's first control, once drawn.
              requestAnimationFrame(() => document.getElementById(fieldId(`organisers.${form.organisers.length}.role`))?.focus());
            }}
          >
            {t('console.initiatives.organisers.add')}
          </button>
        </section>

        <div class="console-actions">
          <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
            {busy ? t('console.initiatives.form.sending') : props.submitLabel}
          </button>
          <div role="status" id="form-status">
            {props.status && <p class="console-notice">{props.status}</p>}
          </div>
        </div>
      </form>
    </>
  );
}

function DateHint() {
  const { t } = useI18n();
  return <>{t('console.initiatives.hints.date', { example: '2025-03-01' })}</>;
}

/** After a registration date: the latest kick-off and the online channels the law allows. */
function RegistrationLimits({ registrationDate }: { registrationDate: string }) {
  const { t, formatDate } = useI18n();
  const real = isRealDay(registrationDate);
  return (
    <div class="initiative-limit" id="registration-limits" aria-live="polite">
      {real && (
        <>
          <p>{t('console.initiatives.limits.kickOffRange', { from: formatDate(registrationDate), latest: formatDate(latestKickOff(registrationDate)) })}</p>
          <p>{t(lawfulChannels(registrationDate).includes('own-online') ? 'console.initiatives.limits.ownOnlineLawful' : 'console.initiatives.limits.cocsOnly')}</p>
        </>
      )}
    </div>
  );
}

/** After a kick-off: the last day of collection (12 months), or why the kick-off is not allowed. */
function KickOffLimits({ registrationDate, collectionStart, judged }: { registrationDate: string; collectionStart: string; judged: boolean }) {
  const { t, formatDate } = useI18n();
  const real = isRealDay(collectionStart);
  const problem = judged && real && isRealDay(registrationDate) ? kickOffProblem(registrationDate, collectionStart) : null;
  return (
    <div class="initiative-limit" id="kick-off-limits" aria-live="polite">
      {real && <p>{t('console.initiatives.limits.lastDay', { start: formatDate(collectionStart), end: formatDate(collectionWindow(collectionStart).end) })}</p>}
      {problem && (
        <p class="initiative-limit__problem">
          {problem === 'too_late'
            ? t('console.initiatives.limits.tooLate', { latest: formatDate(latestKickOff(registrationDate)) })
            : t('console.initiatives.limits.beforeRegistration', { registered: formatDate(registrationDate) })}
        </p>
      )}
    </div>
  );
}

function TextInLanguage(props: { field: InitiativeTextField; language: Language; label: string; optional: boolean; value: string; errors: string[]; onInput(value: string): void }) {
  const { t, formatNumber } = useI18n();
  const { field, language, value, errors } = props;
  const name = `${field}.${language}`;
  const max = TEXT_LIMITS[field];
  const length = textLength(value);
  const over = length > max;
  const label = props.optional ? t('console.initiatives.form.optional', { label: props.label }) : props.label;
  const counter = (
    <span class={over ? 'initiative-counter initiative-counter--over' : 'initiative-counter'}>
      {t('console.initiatives.form.characters', { count: formatNumber(length), max: formatNumber(max) })}
    </span>
  );
  const invalid = errors.length > 0;
  const className = [field === 'title' ? 'input' : 'input initiative-textarea', invalid ? 'input--error' : ''].filter(Boolean).join(' ');
  return (
    <LabelledField name={name} label={label} hint={counter} errors={errors}>
      {(control) =>
        field === 'title' ? (
          <input {...control} class={className} type="text" lang={language} value={value} onInput={(event) => props.onInput(event.currentTarget.value)} />
        ) : (
          <textarea {...control} class={className} lang={language} rows={field === 'subject' ? 3 : 6} value={value} onInput={(event) => props.onInput(event.currentTarget.value)} />
        )
      }
    </LabelledField>
  );
}

function OrganiserFields(props: {
  row: OrganiserRow;
  index: number;
  countries: { code: string; name: string }[];
  errorsOf(field: string): string[];
  onChange(change: Partial<OrganiserRow>): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const { row, index } = props;
  const name = (part: string) => `organisers.${index}.${part}`;
  const rowLabel = t('console.initiatives.organisers.row', { n: index + 1 });
  const select = (part: 'role' | 'residence', options: { value: string; label: string }[], placeholder?: string) => (
    <LabelledField name={name(part)} label={t(`console.initiatives.organisers.${part}`)} errors={props.errorsOf(name(part))}>
      {(control) => (
        <select
          {...control}
          class={props.errorsOf(name(part)).length > 0 ? 'select select--error' : 'select'}
          value={row[part]}
          onChange={(event) => props.onChange({ [part]: event.currentTarget.value } as Partial<OrganiserRow>)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
  return (
    <fieldset class="fieldset initiative-organiser">
      <legend class="heading-m">{rowLabel}</legend>
      <div class="initiative-organiser__fields">
        {select(
          'role',
          ORGANISER_ROLES.map((role: OrganiserRole) => ({ value: role, label: t(`console.initiatives.organisers.roles.${role}`) })),
        )}
        <LabelledField name={name('name')} label={t('console.initiatives.organisers.name')} errors={props.errorsOf(name('name'))}>
          {(control) => (
            <input {...control} class={props.errorsOf(name('name')).length > 0 ? 'input input--error' : 'input'} type="text" autocomplete="off" value={row.name} onInput={(event) => props.onChange({ name: event.currentTarget.value })} />
          )}
        </LabelledField>
        {select(
          'residence',
          props.countries.map((country) => ({ value: country.code, label: country.name })),
          t('console.initiatives.organisers.chooseCountry'),
        )}
        {row.role !== 'member' && (
          <LabelledField name={name('email')} label={t('console.initiatives.organisers.email')} hint={t('console.initiatives.hints.organiserEmail')} errors={props.errorsOf(name('email'))}>
            {(control) => (
              <input {...control} class={props.errorsOf(name('email')).length > 0 ? 'input input--error' : 'input'} type="email" autocomplete="off" spellcheck={false} value={row.email} onInput={(event) => props.onChange({ email: event.currentTarget.value })} />
            )}
          </LabelledField>
        )}
      </div>
      <button type="button" class="button button--secondary button--small" onClick={props.onRemove}>
        {t('console.initiatives.organisers.remove', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

