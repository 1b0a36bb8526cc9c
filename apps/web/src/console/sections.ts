import type { FunctionComponent } from 'preact';
import type { InitiativeSection } from './console-views';
import type { SignedInAccount } from './session/console-session';
import { PartnersPage } from './partners/partners-page';
import { PeoplePage } from './people/people-page';

/** What every section page of an initiative gets. */
export interface SectionProps {
  slug: string;
  account: SignedInAccount;
}

/**
 * The page of each section of an initiative, by folder: console/initiatives (overview, edit),
 * console/keys, console/partners, console/people, console/progress, console/exports, console/audit.
 * A section without a page here shows "not found".
 */
export const SECTION_PAGES: Partial<Record<InitiativeSection, FunctionComponent<SectionProps>>> = {
  partners: PartnersPage,
  people: PeoplePage,
};

/** The form for a new initiative (console/initiatives). */
export const NEW_INITIATIVE_PAGE: FunctionComponent<{ account: SignedInAccount }> | undefined = undefined;
