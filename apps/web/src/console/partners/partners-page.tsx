import { useState } from 'preact/hooks';
import { apiPath, type CreatedPartner, type CreatePartnerRequest, type ManagedInitiative, type PublicPartner } from '@eci/api-contract';
import { LabelledField } from '../../forms/field-parts';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { ErrorSummary } from '../../signing/error-summary';
import type { ShownError } from '../../signing/error-messages';
import { consoleCall } from '../api/console-api';
import { useConsoleData } from '../api/use-console-data';
import { messagesFor, shownErrors } from '../forms/console-errors';
import { ConsoleLoadProblem } from '../layout/console-load-problem';
import type { SectionProps } from '../sections';
import { useConsoleSession } from '../session/console-session';
import { originsFrom } from './origins';
import { PartnerCard } from './partner-card';

/**
 * The initiative's coalition partners (organisers only): each with its allowed origins, its read
 * token (shown once, after it is made; never kept by the page beyond this view), and the code of
 * the widget and of the signing page for its site; and a form to add one.
 */
export function PartnersPage({ slug }: SectionProps) {
  const { t } = useI18n();
  const partners = useConsoleData<PublicPartner[]>(apiPath('partners', { slug }));
  const initiative = useConsoleData<ManagedInitiative>(apiPath('initiative', { slug }));
  // Tokens just made, by partner: in this page's memory only, gone on reload or when hidden.
  const [tokens, setTokens] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState(false);
  useDocumentTitle(t('console.partners.title'), formErrors);

  const showToken = (partner: string, token: string) => setTokens((shown) => ({ ...shown, [partner]: token }));
  const hideToken = (partner: string) =>
    setTokens((shown) => {
      const rest = { ...shown };
      delete rest[partner];
      return rest;
    });

  return (
    <>
      <h1 class="heading-xl">{t('console.partners.title')}</h1>
      <p class="console-lead">{t('console.partners.intro')}</p>
      {partners.state !== 'ready' ? (
        <ConsoleLoadProblem state={partners.state} />
      ) : (
        <>
          <h2 class="heading-l">{t('console.partners.listTitle')}</h2>
          {partners.data.length === 0 ? (
            <p>{t('console.partners.none')}</p>
          ) : (
            <ul class="console-list">
              {partners.data.map((partner) => (
                <PartnerCard
                  key={partner.slug}
                  slug={slug}
                  partner={partner}
                  initiative={initiative.state === 'ready' ? initiative.data : null}
                  token={tokens[partner.slug]}
                  onToken={(token) => showToken(partner.slug, token)}
                  onHideToken={() => hideToken(partner.slug)}
                  reload={partners.reload}
                />
              ))}
            </ul>
          )}
          <AddPartnerForm
            slug={slug}
            onErrors={setFormErrors}
            onCreated={(created) => {
              showToken(created.partner.slug, created.token);
              partners.reload();
            }}
          />
        </>
      )}
    </>
  );
}

function AddPartnerForm({ slug, onCreated, onErrors }: { slug: string; onCreated(created: CreatedPartner): void; onErrors(shown: boolean): void }) {
  const { t, lang } = useI18n();
  const { expired } = useConsoleSession();
  const [name, setName] = useState('');
  const [partnerSlug, setPartnerSlug] = useState('');
  const [origins, setOrigins] = useState('');
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const body: CreatePartnerRequest = { name, slug: partnerSlug.trim(), allowedOrigins: originsFrom(origins) };
    const answer = await consoleCall<CreatedPartner>(apiPath('partners', { slug }), { method: 'POST', body, lang });
    setBusy(false);
    if (!answer.ok) {
      if (answer.status === 401) return expired();
      setErrors(shownErrors(answer.status, answer.errors, t));
      onErrors(true);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors([]);
    onErrors(false);
    setName('');
    setPartnerSlug('');
    setOrigins('');
    onCreated(answer.data);
  };

  const labels: Record<string, string> = {
    name: t('console.partners.add.name'),
    slug: t('console.partners.add.slug'),
    allowedOrigins: t('console.partners.origins.label'),
  };
  return (
    <section class="console-section" aria-labelledby="add-partner-title">
      <h2 class="heading-l" id="add-partner-title">
        {t('console.partners.add.title')}
      </h2>
      <ErrorSummary errors={errors} focusKey={attempt} labelOf={(field) => (field ? labels[field] : undefined)} />
      <form class="console-form" method="post" noValidate onSubmit={(event) => void submit(event)}>
        <LabelledField name="name" label={labels.name} errors={messagesFor(errors, 'name')}>
          {(control) => <input {...control} class="input" type="text" autocomplete="organization" value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </LabelledField>
        <LabelledField name="slug" label={labels.slug} hint={t('console.partners.add.slugHint')} errors={messagesFor(errors, 'slug')}>
          {(control) => (
            <input
              {...control}
              class="input input--w20"
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              value={partnerSlug}
              onInput={(event) => setPartnerSlug(event.currentTarget.value)}
            />
          )}
        </LabelledField>
        <LabelledField name="allowedOrigins" label={labels.allowedOrigins} hint={t('console.partners.origins.hint')} errors={messagesFor(errors, 'allowedOrigins')}>
          {(control) => (
            <textarea {...control} class="input console-code" rows={3} autocapitalize="none" spellcheck={false} value={origins} onInput={(event) => setOrigins(event.currentTarget.value)} />
          )}
        </LabelledField>
        <button type="submit" class="button button--primary" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t('console.partners.add.adding') : t('console.partners.add.submit')}
        </button>
      </form>
    </section>
  );
}
