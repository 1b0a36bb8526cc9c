import { isLanguage, isMemberState, kickOffProblem, latestKickOff } from '@eci/rules';
import { RESERVED_SLUGS } from '@eci/api-contract';
import type { ErrorItem } from '../platform/errors/domain-error';
import type { NewInitiative, Organiser, Translated } from './initiative';

/**
 * The domain checks of an initiative's registration data (the DTOs check the shape): the limits of
 * Annex II for texts, the group of organisers of Art. 5, the kick-off of Art. 8(1). Only the rules
 * touching a field in `changed` run, so an edit is judged on what it changes (an initiative whose
 * kick-off was lawful when set is not refused a new title later).
 */

/** Longest text per language (characters), Annex II of Regulation (EU) 2019/788. */
export const TEXT_LIMITS = { title: 200, subject: 200, objectives: 1100, annex: 5000, partialRegistration: 5000 } as const;
type TextField = keyof typeof TEXT_LIMITS;
const REQUIRED_TEXTS: TextField[] = ['title', 'subject', 'objectives'];

/** At least this many organisers, resident in at least this many different Member States (Art. 5(2)). */
export const MIN_ORGANISERS = 7;

/** A real calendar day written `YYYY-MM-DD` (no 30 February), from 1900 on. */
export function isRealDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return year >= 1900 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}


const YEAR_OF_NUMBER = /^ECI\((\d{4})\)\d{6}$/;

export type InitiativeFields = Omit<NewInitiative, 'closedEarlyOn' | 'demo'>;

export function initiativeProblems(i: InitiativeFields, changed: ReadonlySet<keyof InitiativeFields>, today: string): ErrorItem[] {
  const problems: ErrorItem[] = [];
  const touched = (...fields: (keyof InitiativeFields)[]) => fields.some((f) => changed.has(f));

  if (touched('slug') && RESERVED_SLUGS.includes(i.slug)) problems.push({ field: 'slug', code: 'slug_reserved' });
  const registrationReal = isRealDay(i.registrationDate);
  if (touched('registrationDate')) {
    if (!registrationReal) problems.push({ field: 'registrationDate', code: 'invalid_date' });
    else if (i.registrationDate > today) problems.push({ field: 'registrationDate', code: 'date_in_future' });
  }
  if (touched('registrationNumber', 'registrationDate') && registrationReal && YEAR_OF_NUMBER.exec(i.registrationNumber)?.[1] !== i.registrationDate.slice(0, 4)) {
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
  for (const field of Object.keys(TEXT_LIMITS) as TextField[]) {
    if (touched(field)) problems.push(...textProblems(field, i[field], REQUIRED_TEXTS.includes(field)));
  }
  if (touched('organisers')) problems.push(...organiserProblems(i.organisers));
  return problems;
}

function textProblems(field: TextField, text: Translated | null | undefined, required: boolean): ErrorItem[] {
  if (text === null || text === undefined) return required ? [{ field, code: 'required' }] : [];
  const entries = Object.entries(text);
  if (entries.length === 0) return [{ field, code: 'required' }];
  const problems: ErrorItem[] = [];
  // A key is the sender's choice: an unknown one is not echoed as a field name.
  if (entries.some(([lang]) => !isLanguage(lang))) problems.push({ field, code: 'unknown_language' });
  for (const [lang, value] of entries) {
    if (!isLanguage(lang)) continue;
    if (typeof value !== 'string') problems.push({ field: `${field}.${lang}`, code: 'format' });
    else if (value.trim() === '') problems.push({ field: `${field}.${lang}`, code: 'required' });
    else if ([...value].length > TEXT_LIMITS[field]) problems.push({ field: `${field}.${lang}`, code: 'too_long', params: { max: TEXT_LIMITS[field] } });
  }
  return problems;
}

function organiserProblems(organisers: Organiser[]): ErrorItem[] {
  const problems: ErrorItem[] = [];
  organisers.forEach((o, n) => {
    if (!isMemberState(o.residence)) problems.push({ field: `organisers.${n}.residence`, code: 'unknown_country' });
    if (o.role !== 'member' && !o.email) problems.push({ field: `organisers.${n}.email`, code: 'required' });
  });
  if (organisers.filter((o) => o.role === 'representative').length !== 1) problems.push({ field: 'organisers', code: 'organisers_representative' });
  if (organisers.filter((o) => o.role === 'substitute').length !== 1) problems.push({ field: 'organisers', code: 'organisers_substitute' });
  const states = new Set(organisers.filter((o) => isMemberState(o.residence)).map((o) => o.residence));
  if (organisers.length < MIN_ORGANISERS || states.size < MIN_ORGANISERS) {
    problems.push({ field: 'organisers', code: 'organisers_too_few', params: { min: MIN_ORGANISERS } });
  }
  return problems;
}
