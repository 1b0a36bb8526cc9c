import type { FunctionComponent } from 'preact';
import { AuditSection } from './audit/audit-section';
import { ExportsSection } from './exports/exports-section';
import { ProgressSection } from './progress/progress-section';
import type { InitiativeSection } from './console-views';
import type { SignedInAccount } from './session/console-session';

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
  progress: ProgressSection,
  exports: ExportsSection,
  audit: AuditSection,
};

/** The form for a new initiative (console/initiatives). */
export const NEW_INITIATIVE_PAGE: FunctionComponent<{ account: SignedInAccount }> | undefined = undefined;
