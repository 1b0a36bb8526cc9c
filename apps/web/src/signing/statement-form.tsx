import { useCallback, useMemo, useState } from 'preact/hooks';
import type { ThresholdTableId } from '@eci/rules';
import { CERTIFICATION_FIELD } from '@eci/api-contract';
import { CheckboxField } from '../forms/checkbox-field';
import type { PublicInitiative } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { localised } from '../i18n/localised-text';
import { useDocumentTitle } from '../layout/use-document-title';
import { brusselsToday } from './calendar';
import type { ShownError } from './error-messages';
import { ErrorSummary } from './error-summary';
import { fieldLabel } from './field-label';
import { NationalityField } from './nationality-field';
import { PersonalFields } from './personal-fields';
import { PrivacyStatement } from './privacy-statement';
import { ProofOfWork } from './proof-of-work';
import { sendStatement, type SendOutcome } from './send-statement';
import { useStatementForm } from './use-statement-form';

export interface StatementFormProps {
  initiative: PublicInitiative;
  partner?: string;
  /** Whether the server asks for the proof of work (ECI_CAPTCHA, told in `<html data-captcha>`). */
  captcha: boolean;
  onDone(outcome: Extract<SendOutcome, { kind: 'signed' | 'already-signed' }>): void;
}

/**
 * The statement of support: nationality first, then exactly that nationality's fields, the
 * privacy statement, the proof of work and the button. Checked in the browser with the rules
 * library (same messages as the server), then by the server.
 */
export function StatementForm({ initiative, partner, captcha: captchaOn, onDone }: StatementFormProps) {
  const { t, lang } = useI18n();
  const context = useMemo(
    () => ({ signingDate: brusselsToday(), collectionStart: initiative.collectionStart, collectionEnd: initiative.collectionEnd }),
    [initiative],
  );
  const model = useStatementForm(context);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [captchaError, setCaptchaError] = useState<string | null>(null);
  const [captchaReset, setCaptchaReset] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [sending, setSending] = useState(false);

  const onPayload = useCallback((payload: string | null) => {
    setCaptcha(payload);
    if (payload) setCaptchaError(null);
  }, []);

  const summary: ShownError[] = [
    ...(notice ? [{ field: null, code: 'notice', message: notice, overridable: false }] : []),
    ...model.shown,
    ...(captchaError ? [{ field: 'captcha', code: 'captcha', message: captchaError, overridable: false }] : []),
  ];
  useDocumentTitle(localised(initiative.title, lang).text, summary.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    setNotice(null);
    const problems = model.check();
    const captchaMissing = captchaOn && !captcha;
    setCaptchaError(captchaMissing ? t('page.captcha.required') : null);
    if (problems.length > 0 || captchaMissing) {
      setFocusKey((key) => key + 1);
      return;
    }
    setSending(true);
    const outcome = await sendStatement(
      initiative.slug,
      model.input,
      { lang, certified: true, ...(partner ? { partner } : {}), ...(captcha ? { captcha } : {}) },
      t,
    );
    setSending(false);
    switch (outcome.kind) {
      case 'signed':
      case 'already-signed':
        onDone(outcome);
        return;
      case 'invalid':
        model.showServerErrors(outcome.errors.filter((error) => error.field !== 'captcha'));
        if (outcome.captchaRefused) {
          setCaptcha(null);
          setCaptchaError(t('page.captcha.failed'));
          setCaptchaReset((key) => key + 1);
        }
        break;
      case 'notice':
        setNotice(outcome.message);
        break;
    }
    setFocusKey((key) => key + 1);
  };

  return (
    <section class="signing" aria-labelledby="signing-title">
      <h2 class="heading-l" id="signing-title">
        {t('page.form.title')}
      </h2>
      <p>{t('page.form.intro')}</p>
      {focusKey > 0 && <ErrorSummary errors={summary} focusKey={focusKey} labelOf={(field) => fieldLabel(field, model.form, t)} />}
      <form class="statement-form" noValidate onSubmit={(event) => void submit(event)}>
        <NationalityField
          value={model.nationality}
          form={model.form}
          thresholdTable={Number(initiative.thresholdTable) as ThresholdTableId}
          errors={model.messagesFor('nationality')}
          onChange={model.setNationality}
          onBlur={(event) => model.leave('nationality', event.relatedTarget)}
        />
        {model.form ? (
          <>
            <PersonalFields form={model.form} model={model} />
            <PrivacyStatement initiative={initiative} nationality={model.form.country} />
            <section class="certification" aria-labelledby="certification-title">
              <h3 class="heading-m" id="certification-title">
                {t('certification.title')}
              </h3>
              <CheckboxField
                name={CERTIFICATION_FIELD}
                label={t('certification.statement')}
                checked={model.certified}
                errors={model.messagesFor(CERTIFICATION_FIELD)}
                onChange={(checked) => model.setCertified(checked)}
              />
            </section>
            {captchaOn && <ProofOfWork onPayload={onPayload} error={captchaError} resetKey={captchaReset} />}
            <button type="submit" class="button button--primary" aria-disabled={sending ? 'true' : undefined}>
              {sending ? t('page.form.sending') : t('page.form.submit')}
            </button>
          </>
        ) : (
          <p class="hint">{t('page.form.nationalityFirst')}</p>
        )}
      </form>
    </section>
  );
}
