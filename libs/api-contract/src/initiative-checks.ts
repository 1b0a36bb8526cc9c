import { isLanguage, isMemberState, kickOffProblem, latestKickOff, type ErrorCode as RuleErrorCode } from '@eci/rules';
import type { ApiErrorCode } from './error-codes';
import { RESERVED_SLUGS } from './pages';

/**
 * The domain checks of an initiative's registration data (the API's DTOs check the shape): the
 * limits of Annex II for texts, the group of organisers of Art. 5, the kick-off of Art. 8(1). One
 * implementation for the API (which refuses with these problems) and the console (which says them
 * while the organiser types). Only the rules touching a field in `changed` run, so an edit is
 * judged on what it changes (an initiative whose kick-off was lawful when set is not refused a new
 * title later).
 */

/** Longest text per language (characters), Annex II of Regulation (EU) 2019/788. */
export const TEXT_LIMITS = { title: 200, subject: 200, objectives: 1100, annex: 5000, partialRegistration: 5000 } as const;
export type InitiativeTextField = keyof typeof TEXT_LIMITS;
/** The texts every initiative has, in at least one language. */
export const REQUIRED_TEXTS: readonly InitiativeTextField[] = ['title', 'subject', 'objectives'];

/** At least this many organisers, resident in at least this many different Member States (Art. 5(2)). */
export const MIN_ORGANISERS = 7;

/** `ECI(YYYY)NNNNNN`, as the Commission numbers registered initiatives. */
export const REGISTRATION_NUMBER_PATTERN = /^ECI\((\d{4})\)\d{6}$/;

export type OrganiserRole = 'representative' | 'substitute' | 'member';

export interface CheckedOrganiser {
  role: OrganiserRole;
  name: string;
  residence: string;
  email?: string;
}

/** The fields the checks read. */
export interface CheckedInitiative {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  collectionStart: string;
  title: Record<string, string>;
  subject: Record<string, string>;
  objectives: Record<string, string>;
  annex?: Record<string, string> | null;
  partialRegistration?: Record<string, string> | null;
  organisers: CheckedOrganiser[];
}

/** One problem, as the API answers it (its message rendered per language from `code` and `params`). */
export interface InitiativeProblem {
  field: string | null;
  code: ApiErrorCode | RuleErrorCode;
  params?: Record<string, string | number>;
}

/** A real calendar day written `YYYY-MM-DD` (no 30 February), from 1900 on. */
export function isRealDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return year >= 1900 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

/** The problems of `i`, for the fields in `changed`, on `today` (a Brussels day). */
export function initiativeProblems(i: CheckedInitiative, changed: ReadonlySet<string>, today: string): InitiativeProblem[] {
  const problems: InitiativeProblem[] = [];
  const touched = (...fields: (keyof CheckedInitiative)[]) => fields.some((f) => changed.has(f));

  if (touched('slug') && RESERVED_SLUGS.includes(i.slug)) problems.push({ field: 'slug', code: 'slug_reserved' });
  const registrationReal = isRealDay(i.registrationDate);
  if (touched('registrationDate')) {
    if (!registrationReal) problems.push({ field: 'registrationDate', code: 'invalid_date' });
    else if (i.registrationDate > today) problems.push({ field: 'registrationDate', code: 'date_in_future' });
  }
  if (touched('registrationNumber', 'registrationDate') && registrationReal && REGISTRATION_NUMBER_PATTERN.exec(i.registrationNumber)?.[1] !== i.registrationDate.slice(0, 4)) {
    problems.push({ field: 'registrationNumber', code: 'registration_year' });
  }
  if (touched('collectionStart', 'registrationDate')) {
    if (!isRealDay(i.collectionStart)) problems.push({ field: 'collectionStart', code: 'invalid_date' });
    else if (registrationReal) {
      const problem = kickOffProblem(i.registrationDate, i.collectionStart);
      if (problem === 'before_registration') problems.push({ field: 'collectionStart', code: 'kick_off_before_registration' });
      if (problem === 'too_late') problems.push({ field: 'collectionStart', code: 'kick_off_too_late', params: { latest: latestKickOff(i.registrationDate) } });
    }
  }
  for (const field of Object.keys(TEXT_LIMITS) as InitiativeTextField[]) {
    if (touched(field)) problems.push(...textProblems(field, i[field], REQUIRED_TEXTS.includes(field)));
  }
  if (touched('organisers')) problems.push(...organiserProblems(i.organisers));
  return problems;
}

/** The problems of one translated text: at least one language when required, each known, not blank, not too long. */
export function textProblems(field: InitiativeTextField, text: Record<string, string> | null | undefined, required: boolean): InitiativeProblem[] {
  if (text === null || text === undefined) return required ? [{ field, code: 'required' }] : [];
  const entries = Object.entries(text);
  if (entries.length === 0) return [{ field, code: 'required' }];
  const problems: InitiativeProblem[] = [];
  // A key is the sender's choice: an unknown one is not echoed as a field name.
  if (entries.some(([lang]) => !isLanguage(lang))) problems.push({ field, code: 'unknown_language' });
  for (const [lang, value] of entries) {
    if (!isLanguage(lang)) continue;
    if (typeof value !== 'string') problems.push({ field: `${field}.${lang}`, code: 'format' });
    else if (value.trim() === '') problems.push({ field: `${field}.${lang}`, code: 'required' });
    else if (textLength(value) > TEXT_LIMITS[field]) problems.push({ field: `${field}.${lang}`, code: 'too_long', params: { max: TEXT_LIMITS[field] } });
  }
  return problems;
}

/** A text's length as the limits count it: characters (code points), not UTF-16 units. */
export function textLength(text: string): number {
  return [...text].length;
}

/** How the group of organisers stands against Art. 5(2): members, distinct Member States, representatives, substitutes. */
export function organiserCount(organisers: readonly CheckedOrganiser[]): { members: number; states: number; representatives: number; substitutes: number } {
  return {
    members: organisers.length,
    states: new Set(organisers.filter((o) => isMemberState(o.residence)).map((o) => o.residence)).size,
    representatives: organisers.filter((o) => o.role === 'representative').length,
    substitutes: organisers.filter((o) => o.role === 'substitute').length,
  };
}

/** The problems of the group of organisers: each one's Member State and e-mail, then the group (Art. 5(2)). */
export function organiserProblems(organisers: readonly CheckedOrganiser[]): InitiativeProblem[] {
  const problems: InitiativeProblem[] = [];
  organisers.forEach((o, n) => {
    if (!isMemberState(o.residence)) problems.push({ field: `organisers.${n}.residence`, code: 'unknown_country' });
    if (o.role !== 'member' && !o.email) problems.push({ field: `organisers.${n}.email`, code: 'required' });
  });
  const count = organiserCount(organisers);
  if (count.representatives !== 1) problems.push({ field: 'organisers', code: 'organisers_representative' });
  if (count.substitutes !== 1) problems.push({ field: 'organisers', code: 'organisers_substitute' });
  if (count.members < MIN_ORGANISERS || count.states < MIN_ORGANISERS) {
    problems.push({ field: 'organisers', code: 'organisers_too_few', params: { min: MIN_ORGANISERS } });
  }
  return problems;
}
