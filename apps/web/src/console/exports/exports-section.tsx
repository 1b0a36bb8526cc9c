import { apiPath, EXPORT_ID_HEADER, type ExportRequest } from '@eci/api-contract';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import type { ShownError } from '../../signing/error-messages';
import { ErrorSummary } from '../../signing/error-summary';
import { consoleFetch, errorsOf } from '../api/console-api';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { useConsoleSession } from '../session/console-session';
import type { SectionProps } from '../sections';
import { EarlierExports } from './earlier-exports';
import { base64Of, fileNameOf, memberStateOptions, pdfLanguageOptions } from './export-form';
import { ExportBar, ExportStage, useExportProgress } from './export-progress';
import './exports-section.css';

interface ChosenFile<T> {
  name: string;
  content: T;
}

interface ReadyExport {
  url: string;
  fileName: string;
  sha256: string | null;
}

/** `preparing`: the export's id (`X-Export-Id`), to ask how far it is. */
type Phase = { phase: 'idle' } | { phase: 'preparing'; id: string } | ({ phase: 'ready' } & ReadyExport);

/**
 * `/{lang}/console/{slug}/exports` (auditors): a Member State's certified ZIP. The organisers' key
 * file and certificate and their passphrases are read into this page for one request and sent
 * with it (the API uses them in memory and keeps none); nothing is stored in the browser, and the
 * passphrases are cleared after every attempt, the files too once the export is made. Earlier
 * exports are listed from the audit trail.
 */
export function ExportsSection({ slug }: SectionProps) {
  const { t, lang, countryName } = useI18n();
  const { expired } = useConsoleSession();
  const [country, setCountry] = useState('');
  const [language, setLanguage] = useState('');
  const [keyFile, setKeyFile] = useState<ChosenFile<Record<string, unknown>> | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [certificate, setCertificate] = useState<ChosenFile<string> | null>(null);
  const [certificatePassphrase, setCertificatePassphrase] = useState('');
  /** Changing it gives the file inputs new elements: the way to empty them. */
  const [filesGeneration, setFilesGeneration] = useState(0);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase>({ phase: 'idle' });
  const [exportsGeneration, setExportsGeneration] = useState(0);
  const readyLink = useRef<HTMLAnchorElement>(null);
  const progress = useExportProgress(slug, phase.phase === 'preparing' ? phase.id : null);
  useDocumentTitle(t('console.exports.title'), errors.length > 0);

  const states = useMemo(() => memberStateOptions(lang, countryName), [lang, countryName]);
  const languages = useMemo(() => (country ? pdfLanguageOptions(country, lang) : []), [country, lang]);

  // The object URL of a finished export lives as long as the page shows its link.
  useEffect(() => {
    if (phase.phase !== 'ready') return;
    readyLink.current?.focus();
    readyLink.current?.click();
    return () => URL.revokeObjectURL(phase.url);
  }, [phase]);

  const labels: Record<string, string> = {
    country: t('console.exports.country'),
    language: t('console.exports.language'),
    keyFile: t('console.exports.keyFile'),
    passphrase: t('console.exports.passphrase'),
    certificate: t('console.exports.certificate'),
    certificatePassphrase: t('console.exports.certificatePassphrase'),
  };

  const fail = (shown: ShownError[]) => {
    setErrors(shown);
    setAttempt((n) => n + 1);
  };

  const chooseKeyFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setKeyFile(null);
    if (!file) return;
    const parsed = await file.text().then(
      (text) => JSON.parse(text) as unknown,
      () => null,
    ).catch(() => null);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      input.value = '';
      fail([{ field: 'keyFile', code: 'format', message: t('console.exports.notAKeyFile'), overridable: false }]);
      return;
    }
    setKeyFile({ name: file.name, content: parsed as Record<string, unknown> });
  };

  const chooseCertificate = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setCertificate(null);
    if (!file) return;
    setCertificate({ name: file.name, content: base64Of(new Uint8Array(await file.arrayBuffer())) });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (phase.phase === 'preparing') return;
    const required = t('errors.required');
    const missing: ShownError[] = [];
    if (country === '') missing.push({ field: 'country', code: 'required', message: required, overridable: false });
    if (!keyFile) missing.push({ field: 'keyFile', code: 'required', message: required, overridable: false });
    if (passphrase === '') missing.push({ field: 'passphrase', code: 'required', message: required, overridable: false });
    if (!certificate) missing.push({ field: 'certificate', code: 'required', message: required, overridable: false });
    if (missing.length > 0 || !keyFile || !certificate) return fail(missing);

    setErrors([]);
    const id = crypto.randomUUID();
    setPhase({ phase: 'preparing', id });
    const body: ExportRequest = { keyFile: keyFile.content, passphrase, certificate: certificate.content, certificatePassphrase, language: language || undefined };
    // The passphrases leave the page's state now: they are in this one request only.
    setPassphrase('');
    setCertificatePassphrase('');
    const response = await consoleFetch(apiPath('exportCountry', { slug, country }), { method: 'POST', body, lang, headers: { [EXPORT_ID_HEADER]: id } });
    if (response instanceof Response && response.ok) {
      const blob = await response.blob();
      setKeyFile(null);
      setCertificate(null);
      setFilesGeneration((n) => n + 1);
      setPhase({
        phase: 'ready',
        url: URL.createObjectURL(blob),
        fileName: fileNameOf(response.headers.get('content-disposition'), `statements-${country}.zip`),
        sha256: response.headers.get('x-content-sha256'),
      });
      setExportsGeneration((n) => n + 1);
      return;
    }
    setPhase({ phase: 'idle' });
    if (response.status === 401) return expired();
    const shown = shownErrors(response.status, response instanceof Response ? await errorsOf(response) : [], t);
    const retryAfter = response instanceof Response ? Number(response.headers.get('retry-after')) : NaN;
    if (response.status === 429 && retryAfter > 0) {
      // "in 30 seconds", "za 30 sekund": the browser's own words and plural forms.
      const when = new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(Math.ceil(retryAfter), 'second');
      shown.push({ field: null, code: 'retry_after', message: t('console.exports.tryAgain', { when }), overridable: false });
    }
    setExportsGeneration((n) => n + 1);
    fail(shown);
  };

  const preparing = phase.phase === 'preparing';
  return (
    <>
      <h1 class="heading-xl">{t('console.exports.title')}</h1>
      <p>{t('console.exports.intro')}</p>
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={(field) => (field ? labels[field] : undefined)} />
      <form class="console-form console-export-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
        <LabelledField name="country" label={labels.country} errors={messagesFor(errors, 'country')}>
          {(control) => (
            <select
              {...control}
              class="select"
              value={country}
              onChange={(event) => {
                setCountry(event.currentTarget.value);
                setLanguage('');
              }}
            >
              <option value="">{t('console.exports.chooseCountry')}</option>
              {states.map((state) => (
                <option key={state.code} value={state.code}>
                  {state.label}
                </option>
              ))}
            </select>
          )}
        </LabelledField>
        {languages.length > 0 && (
          <LabelledField name="language" label={labels.language} hint={t('console.exports.languageHint')} errors={messagesFor(errors, 'language')}>
            {(control) => (
              <select {...control} class="select" value={language || languages[0].code} onChange={(event) => setLanguage(event.currentTarget.value)}>
                {languages.map((option) => (
                  <option key={option.code} value={option.code} lang={option.code}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        )}
        <fieldset class="console-fieldset">
          <legend class="heading-m">{t('console.exports.organisersFiles')}</legend>
          <p class="hint">{t('console.exports.filesHint')}</p>
          <LabelledField name="keyFile" label={labels.keyFile} hint={t('console.exports.keyFileHint')} errors={messagesFor(errors, 'keyFile')}>
            {(control) => <input {...control} key={`key-${filesGeneration}`} class="file-input" type="file" accept=".json,application/json" onChange={(event) => void chooseKeyFile(event.currentTarget)} />}
          </LabelledField>
          <LabelledField name="passphrase" label={labels.passphrase} errors={messagesFor(errors, 'passphrase')}>
            {(control) => <input {...control} class="input" type="password" autocomplete="off" value={passphrase} onInput={(event) => setPassphrase(event.currentTarget.value)} />}
          </LabelledField>
          <LabelledField name="certificate" label={labels.certificate} hint={t('console.exports.certificateHint')} errors={messagesFor(errors, 'certificate')}>
            {(control) => (
              <input {...control} key={`certificate-${filesGeneration}`} class="file-input" type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(event) => void chooseCertificate(event.currentTarget)} />
            )}
          </LabelledField>
          <LabelledField name="certificatePassphrase" label={labels.certificatePassphrase} errors={messagesFor(errors, 'certificatePassphrase')}>
            {(control) => (
              <input {...control} class="input" type="password" autocomplete="off" value={certificatePassphrase} onInput={(event) => setCertificatePassphrase(event.currentTarget.value)} />
            )}
          </LabelledField>
        </fieldset>
        <button type="submit" class="button button--primary" aria-disabled={preparing ? 'true' : undefined}>
          {t('console.exports.submit')}
        </button>
      </form>
      <div class={preparing || phase.phase === 'ready' ? 'console-export-panel' : undefined}>
        <div class="console-export-status" role="status" aria-live="polite">
          {preparing && <ExportStage progress={progress} />}
          {phase.phase === 'ready' && (
            <>
              <h2 class="heading-m">{t('console.exports.ready')}</h2>
              <p>
                <a ref={readyLink} class="button button--primary" href={phase.url} download={phase.fileName}>
                  {t('console.exports.download', { file: phase.fileName })}
                </a>
              </p>
              {phase.sha256 && (
                <p>
                  {t('console.exports.sha256')} <code class="console-code console-hash">{phase.sha256}</code>
                </p>
              )}
            </>
          )}
        </div>
        {preparing && <ExportBar progress={progress} />}
      </div>
      <EarlierExports slug={slug} generation={exportsGeneration} />
    </>
  );
}
