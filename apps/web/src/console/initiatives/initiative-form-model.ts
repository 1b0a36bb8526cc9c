import type { CheckedInitiative, InitiativeProblem, InitiativeTextField, OrganiserRole, PublicInitiative } from '@eci/api-contract';
import { TEXT_LIMITS } from '@eci/api-contract';
import { ERROR_CODES, LANGUAGES, translateError, type Language, type Translate, type ValidationError } from '@eci/rules';

/**
 * The initiative form's state and what it sends: every field of `POST /api/initiatives` except the
 * public key (the Keys page sets it), texts per chosen language, organisers as rows.
 */

export const TEXT_FIELDS = Object.keys(TEXT_LIMITS) as InitiativeTextField[];
export const ORGANISER_ROLES: readonly OrganiserRole[] = ['representative', 'substitute', 'member'];

export interface OrganiserRow {
  /** Stable across removals, for the list's keys. */
  key: number;
  role: OrganiserRole;
  name: string;
  residence: string;
  email: string;
}

export interface InitiativeFormState {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  registerUrl: string;
  cocsUrl: string;
  website: string;
  collectionStart: string;
  /** The languages the texts are given in, in the order of LANGUAGES. */
  languages: Language[];
  texts: Record<InitiativeTextField, Partial<Record<Language, string>>>;
  organisers: OrganiserRow[];
}

/** What the form sends (the API's create body without the key; an edit sends the changed part). */
export interface InitiativeBody {
  slug: string;
  registrationNumber: string;
  registrationDate: string;
  registerUrl: string;
  cocsUrl: string | null;
  website: string | null;
  collectionStart: string;
  title: Record<string, string>;
  subject: Record<string, string>;
  objectives: Record<string, string>;
  annex: Record<string, string> | null;
  partialRegistration: Record<string, string> | null;
  organisers: { role: OrganiserRole; name: string; residence: string; email?: string }[];
}

const emptyTexts = (): InitiativeFormState['texts'] => ({ title: {}, subject: {}, objectives: {}, annex: {}, partialRegistration: {} });

/** A new initiative: texts in the console's language, the representative and the substitute to fill in, five members. */
export function emptyForm(lang: Language): InitiativeFormState {
  const roles: OrganiserRole[] = ['representative', 'substitute', 'member', 'member', 'member', 'member', 'member'];
  return {
    slug: '',
    registrationNumber: '',
    registrationDate: '',
    registerUrl: '',
    cocsUrl: '',
    website: '',
    collectionStart: '',
    languages: [lang],
    texts: emptyTexts(),
    organisers: roles.map((role, key) => ({ key, role, name: '', residence: '', email: '' })),
  };
}

/** The form of an initiative as registered. */
export function formOf(initiative: PublicInitiative): InitiativeFormState {
  const texts = emptyTexts();
  const used = new Set<string>();
  for (const field of TEXT_FIELDS) {
    for (const [lang, text] of Object.entries(initiative[field] ?? {})) {
      texts[field][lang as Language] = text;
      used.add(lang);
    }
  }
  return {
    slug: initiative.slug,
    registrationNumber: initiative.registrationNumber,
    registrationDate: initiative.registrationDate,
    registerUrl: initiative.registerUrl,
    cocsUrl: initiative.cocsUrl ?? '',
    website: initiative.website ?? '',
    collectionStart: initiative.collectionStart,
    languages: LANGUAGES.filter((lang) => used.has(lang)),
    texts,
    organisers: initiative.organisers.map((o, key) => ({ key, role: o.role, name: o.name, residence: o.residence, email: o.email ?? '' })),
  };
}

/** The body of a form: required texts in every chosen language (blank ones are refused), optional ones where written. */
export function bodyOf(form: InitiativeFormState): InitiativeBody {
  const text = (field: InitiativeTextField, required: boolean): Record<string, string> => {
    const chosen = form.languages.map((lang) => [lang, form.texts[field][lang] ?? ''] as const);
    return Object.fromEntries(required ? chosen : chosen.filter(([, value]) => value.trim() !== ''));
  };
  const optional = (field: InitiativeTextField) => {
    const given = text(field, false);
    return Object.keys(given).length > 0 ? given : null;
  };
  const blankIsNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    slug: form.slug.trim(),
    registrationNumber: form.registrationNumber.trim(),
    registrationDate: form.registrationDate.trim(),
    registerUrl: form.registerUrl.trim(),
    cocsUrl: blankIsNull(form.cocsUrl),
    website: blankIsNull(form.website),
    collectionStart: form.collectionStart.trim(),
    title: text('title', true),
    subject: text('subject', true),
    objectives: text('objectives', true),
    annex: optional('annex'),
    partialRegistration: optional('partialRegistration'),
    organisers: form.organisers.map((o) => ({ role: o.role, name: o.name.trim(), residence: o.residence, ...(o.role !== 'member' && o.email.trim() !== '' ? { email: o.email.trim() } : {}) })),
  };
}

/** The fields of `body` that differ from `before` (an edit sends only those: the API judges what changes). */
export function changedFields(body: InitiativeBody, before: InitiativeBody): Partial<InitiativeBody> {
  const changed: Partial<InitiativeBody> = {};
  for (const field of Object.keys(body) as (keyof InitiativeBody)[]) {
    if (field !== 'slug' && JSON.stringify(body[field]) !== JSON.stringify(before[field])) (changed as Record<string, unknown>)[field] = body[field];
  }
  return changed;
}

/** The body as the shared checks read it. */
export function checkedOf(body: InitiativeBody): CheckedInitiative {
  return body;
}

const RULE_CODES = new Set<string>(ERROR_CODES);

/** A problem's message, rendered as the API renders it (rule codes by the rules library, the rest as `errors.<code>`). */
export function problemMessage(problem: InitiativeProblem, t: Translate): string {
  if (RULE_CODES.has(problem.code)) return translateError(problem as ValidationError, t);
  return t(`errors.${problem.code}`, problem.params);
}
