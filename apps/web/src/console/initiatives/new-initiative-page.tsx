import { apiPath, type ManagedInitiative } from '@eci/api-contract';
import { useI18n } from '../../i18n/i18n-context';
import { consoleCall } from '../api/console-api';
import { consoleViewPath } from '../console-views';
import type { SignedInAccount } from '../session/console-session';
import { InitiativeForm } from './initiative-form';
import { emptyForm } from './initiative-form-model';

/** `/{lang}/console/new`: an initiative as registered with the Commission; its creator becomes its organiser. */
export function NewInitiativePage(_props: { account: SignedInAccount }) {
  const { t, lang } = useI18n();
  return (
    <InitiativeForm
      mode="new"
      initial={emptyForm(lang)}
      title={t('console.initiatives.new.title')}
      submitLabel={t('console.initiatives.new.submit')}
      send={(body) => consoleCall<ManagedInitiative>(apiPath('initiatives'), { method: 'POST', body, lang })}
      // A full page load: the session is read again, with the organiser role the API just granted.
      onSent={(body) => window.location.assign(consoleViewPath(lang, { view: 'initiative', slug: body.slug, section: 'overview' }))}
    />
  );
}
