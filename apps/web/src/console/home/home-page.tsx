import { apiPath, type ManagedInitiative } from '@eci/api-contract';
import { textIn } from '@eci/rules';
import { useI18n } from '../../i18n/i18n-context';
import { useDocumentTitle } from '../../layout/use-document-title';
import { useConsoleData } from '../api/use-console-data';
import { ConsoleLoadProblem } from '../layout/console-load-problem';
import { consoleViewPath } from '../console-views';
import { rolesOn, type SignedInAccount } from '../session/console-session';

/** The initiatives the account holds a role on, each with those roles, and a way to set up a new one. */
export function HomePage({ account }: { account: SignedInAccount }) {
  const { t, lang, formatDate } = useI18n();
  const initiatives = useConsoleData<ManagedInitiative[]>(apiPath('initiatives'));
  useDocumentTitle(t('console.home.title'));
  return (
    <>
      <h1 class="heading-xl">{t('console.home.title')}</h1>
      <p>
        <a class="button button--primary" href={consoleViewPath(lang, { view: 'new' })}>
          {t('console.home.create')}
        </a>
      </p>
      {initiatives.state !== 'ready' ? (
        <ConsoleLoadProblem state={initiatives.state} />
      ) : initiatives.data.length === 0 ? (
        <p>{t('console.home.none')}</p>
      ) : (
        <ul class="console-cards">
          {initiatives.data.map((initiative) => {
            const title = textIn(initiative.title, [lang]);
            const roles = rolesOn(account, initiative.slug);
            return (
              <li key={initiative.slug} class="console-card">
                <h2 class="heading-m">
                  <a href={consoleViewPath(lang, { view: 'initiative', slug: initiative.slug, section: 'overview' })} lang={title.lang}>
                    {title.text}
                  </a>
                </h2>
                <dl class="console-facts">
                  <dt>{t('console.home.registrationNumber')}</dt>
                  <dd>{initiative.registrationNumber}</dd>
                  <dt>{t('console.home.collection')}</dt>
                  <dd>
                    {t(`console.home.state.${initiative.collectionState}`)} ({formatDate(initiative.collectionStart)} – {formatDate(initiative.closedEarlyOn ?? initiative.collectionEnd)})
                  </dd>
                  <dt>{t('console.home.yourRoles')}</dt>
                  <dd>{roles.length > 0 ? roles.map((role) => t(`console.shell.roles.${role}`)).join(', ') : t('console.shell.roles.installation')}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
