import type { Organiser } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

const ROLE_ORDER: Record<Organiser['role'], number> = { representative: 0, substitute: 1, member: 2 };

/** The citizens' committee as registered: representative and substitute (with contact), then members. */
export function OrganiserList({ organisers }: { organisers: Organiser[] }) {
  const { t, countryName } = useI18n();
  const sorted = [...organisers].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return (
    <ul class="organisers">
      {sorted.map((organiser) => (
        <li key={`${organiser.role}-${organiser.name}`}>
          <span class="organisers__name">{organiser.name}</span>
          {organiser.role !== 'member' && <span class="organisers__role"> ({t(`page.initiative.roles.${organiser.role}`)})</span>}
          <span class="organisers__residence">{t('page.initiative.residence', { country: countryName(organiser.residence) })}</span>
          {organiser.email && (
            <a class="organisers__email" href={`mailto:${organiser.email}`}>
              {organiser.email}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
