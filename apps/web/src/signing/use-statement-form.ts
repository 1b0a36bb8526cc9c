import { useMemo, useState } from 'preact/hooks';
import { formFor, isoDateFromParts, validateStatement, type CountryForm, type DatePart, type DateParts, type StatementInput, type ValidationContext } from '@eci/rules';
import { useI18n } from '../i18n/i18n-context';
import { fromValidation, notCertified, type ShownError } from './error-messages';
import { statementInput, type FieldValues } from './statement-input';

export interface StatementForm {
  nationality: string;
  /** The rules' form for the nationality; undefined until one is chosen. */
  form: CountryForm | undefined;
  values: FieldValues;
  confirmIdFormat: boolean;
  /** Whether to offer "my number is correct": the rules doubt the ID number (overridable error). */
  offerConfirmation: boolean;
  confirmPostcode: boolean;
  /** Whether to offer "my postcode is correct": it does not match the residence country's format. */
  offerPostcodeConfirmation: boolean;
  /** The date of birth as typed in its three fields (the statement carries them as one YYYY-MM-DD date). */
  dateParts: DateParts;
  /** The Annex III certification (correct information, not supported before): required, never stored. */
  certified: boolean;
  /** The statement as it would be sent. */
  input: StatementInput;
  /** Every problem to show now, in field order (client checks, then the server's own). */
  shown: ShownError[];
  /** The messages to show next to one field. */
  messagesFor(field: string): string[];
  setNationality(code: string): void;
  setValue(field: string, value: string): void;
  setConfirmIdFormat(checked: boolean): void;
  setConfirmPostcode(checked: boolean): void;
  setDatePart(part: DatePart, value: string): void;
  setCertified(checked: boolean): void;
  /**
   * The person leaves a field: check it from now on (unless they left it empty). Not when they
   * leave it for the send button: sending checks everything, and an error appearing between
   * the press and the release of the button would move it from under the pointer.
   */
  leave(field: string, next?: EventTarget | null): void;
  /** Checks everything (on submit); returns the problems that block sending. */
  check(): ShownError[];
  showServerErrors(errors: ShownError[]): void;
}

/**
 * The statement form's state, checked with the rules library exactly as the server checks it:
 * a field is checked once the person has left it with something in it, and every field on submit.
 */
export function useStatementForm(context: ValidationContext): StatementForm {
  const { t } = useI18n();
  const [nationality, setNationalityState] = useState('');
  const [values, setValues] = useState<FieldValues>({});
  const [confirmIdFormat, setConfirm] = useState(false);
  const [confirmPostcode, setConfirmPostcodeState] = useState(false);
  const [dateParts, setDateParts] = useState<DateParts>({ day: '', month: '', year: '' });
  const [certified, setCertifiedState] = useState(false);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ShownError[]>([]);

  const form = useMemo(() => (nationality ? formFor(nationality) : undefined), [nationality]);
  const input = useMemo(
    () => statementInput(form, nationality, values, confirmIdFormat, confirmPostcode),
    [form, nationality, values, confirmIdFormat, confirmPostcode],
  );
  const clientErrors = useMemo(() => {
    const result = validateStatement(input, context);
    const errors = result.ok ? [] : result.errors.map((error) => fromValidation(error, t));
    // Asked once the nationality is chosen (the box is on the form from then on).
    if (form && !certified) errors.push(notCertified(t));
    return errors;
  }, [input, context, t, form, certified]);

  const shown = useMemo(() => {
    const visible = clientErrors.filter((error) => submitted || (error.field !== null && left.has(error.field)));
    const extra = serverErrors.filter((server) => !visible.some((error) => error.field === server.field && error.code === server.code));
    return [...visible, ...extra];
  }, [clientErrors, serverErrors, submitted, left]);

  const edit = () => setServerErrors([]);

  return {
    nationality,
    form,
    values,
    confirmIdFormat,
    offerConfirmation: confirmIdFormat || shown.some((error) => error.field === 'idDocumentNumber' && error.overridable),
    confirmPostcode,
    offerPostcodeConfirmation: confirmPostcode || shown.some((error) => error.field === 'postalCode' && error.overridable),
    dateParts,
    certified,
    input,
    shown,
    messagesFor: (field) => shown.filter((error) => error.field === field).map((error) => error.message),
    setNationality(code) {
      edit();
      setConfirm(false);
      setConfirmPostcodeState(false);
      setNationalityState(code);
    },
    setValue(field, value) {
      edit();
      // A confirmation is about one number: a changed number (or document) needs a new one.
      if (field === 'idDocumentNumber' || field === 'idDocumentType') setConfirm(false);
      if (field === 'postalCode' || field === 'residenceCountry') setConfirmPostcodeState(false);
      setValues((current) => ({ ...current, [field]: value }));
    },
    setConfirmIdFormat(checked) {
      edit();
      setConfirm(checked);
    },
    setConfirmPostcode(checked) {
      edit();
      setConfirmPostcodeState(checked);
    },
    setDatePart(part, value) {
      edit();
      const parts = { ...dateParts, [part]: value };
      setDateParts(parts);
      setValues((current) => ({ ...current, dateOfBirth: isoDateFromParts(parts) }));
    },
    setCertified(checked) {
      edit();
      setCertifiedState(checked);
    },
    leave(field, next) {
      if (next instanceof HTMLButtonElement && next.type === 'submit') return;
      if ((values[field] ?? '').trim() !== '' || left.has(field)) setLeft((current) => new Set(current).add(field));
    },
    check() {
      setSubmitted(true);
      return clientErrors;
    },
    showServerErrors: setServerErrors,
  };
}
