import { useState } from 'preact/hooks';
import { apiPath, type ManagedInitiative, type PublicInitiative } from '@eci/api-contract';
import { useI18n } from '../../i18n/i18n-context';
import { consoleCall } from '../api/console-api';
import { useConsoleData } from '../api/use-console-data';
import { consoleViewPath } from '../console-views';
import { ConsoleLoadProblem } from '../layout/console-load-problem';
import type { SectionProps } from '../sections';
import { InitiativeForm } from './initiative-form';
import { formOf } from './initiative-form-model';

/** `/{lang}/console/{slug}/edit`: the registration as the API holds it; only the changed fields are sent. */
export function EditInitiativePage({ slug }: SectionProps) {
  const { t, lang } = useI18n();
  const initiative = useConsoleData<PublicInitiative>(apiPath('initiative', { slug }));
  const [saved, setSaved] = useState<string | undefined>();
  if (initiative.state !== 'ready') return <ConsoleLoadProblem state={initiative.state} />;
  return (
    <>
      <InitiativeForm
        mode="edit"
        initial={formOf(initiative.data)}
        title={t('console.initiatives.edit.title', { slug })}
        submitLabel={t('console.initiatives.edit.submit')}
        status={saved}
        send={(body) => {
          setSaved(undefined);
          return consoleCall<ManagedInitiative>(apiPath('initiative', { slug }), { method: 'PATCH', body, lang });
        }}
        onSent={() => setSaved(t('console.initiatives.edit.saved'))}
      />
      <p>
        <a href={consoleViewPath(lang, { view: 'initiative', slug, section: 'overview' })}>{t('console.initiatives.edit.back')}</a>
      </p>
    </>
  );
}
