import type { FunctionComponent } from 'preact';
import { AuditSection } from './audit/audit-section';
import type { InitiativeSection } from './console-views';
import { ExportsSection } from './exports/exports-section';
import { EditInitiativePage } from './initiatives/edit-initiative-page';
import { NewInitiativePage } from './initiatives/new-initiative-page';
import { OverviewPage } from './initiatives/overview-page';
import { KeyPage } from './keys/key-page';
import { PartnersPage } from './partners/partners-page';
import { PeoplePage } from './people/people-page';
import { ProgressSection } from './progress/progress-section';
import type { SignedInAccount } from './session/console-session';

/** What every section page of an initiative gets. */
export interface SectionProps {
  slug: string;
  account: SignedInAccount;
}

/**
 * The page of each section of an initiative, by folder: console/initiatives (overview, edit),
 * console/keys, console/partners, console/people, console/progress, console/exports, console/audit.
 */
export const SECTION_PAGES: Record<InitiativeSection, FunctionComponent<SectionProps>> = {
  overview: OverviewPage,
  edit: EditInitiativePage,
  key: KeyPage,
  partners: PartnersPage,
  people: PeoplePage,
  progress: ProgressSection,
  exports: ExportsSection,
  audit: AuditSection,
};

/** The form for a new initiative (console/initiatives). */
export const NEW_INITIATIVE_PAGE: FunctionComponent<{ account: SignedInAccount }> = NewInitiativePage;
