import { RULES_VERSION, type PartAStatement, type PartBStatement } from '@eci/rules';
import type { ExportStatement } from '../src/types';
import { INITIATIVE, pesel } from './fixtures';

/*
 * Realistic generated Polish statements (part B, valid PESEL numbers), produced on the fly by
 * an async generator: for the benchmark and the rendered samples. Deterministic (seeded).
 */

const FIRST_NAMES = [
  'Jan', 'Anna', 'Piotr', 'Katarzyna', 'Krzysztof', 'Małgorzata', 'Andrzej', 'Agnieszka', 'Tomasz', 'Barbara',
  'Paweł', 'Ewa', 'Michał', 'Magdalena', 'Marcin', 'Elżbieta', 'Grzegorz', 'Joanna', 'Józef', 'Zofia',
  'Łukasz', 'Dorota', 'Wojciech', 'Jadwiga', 'Mateusz', 'Urszula', 'Zbigniew', 'Bożena', 'Jerzy', 'Halina',
];
const SECOND_NAMES = ['Maria', 'Aleksander', 'Teresa', 'Stanisław', 'Krystyna', 'Bartłomiej', 'Grażyna', 'Władysław'];
const FAMILY_NAMES = [
  'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak',
  'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Nowakowski', 'Pawłowski',
  'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Nowicki', 'Majewski', 'Olszewski', 'Stępień', 'Jaworski',
  'Brzęczyszczykiewicz', 'Żółkiewski', 'Chrząszcz', 'Szczęsny', 'Grzegorzewski-Ślęzak',
];

/** mulberry32: a small seeded PRNG (uniform in [0, 1)). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function isoDay(start: string, offsetDays: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export interface GeneratedCounts {
  readonly online: number;
  readonly paper: number;
}

/** Which statements are on paper: every tenth. The counts follow without generating anything. */
const isPaper = (index: number): boolean => index % 10 === 9;

export function generatedCounts(count: number): GeneratedCounts {
  const paper = Math.floor(count / 10);
  return { online: count - paper, paper };
}

/** `count` Polish statements of support, one at a time; ~1 % with a confirmed, failing check digit. */
export async function* generatePolishStatements(count: number, seed = 2027): AsyncGenerator<ExportStatement> {
  const random = seeded(seed);
  const collectionDays = Math.round((Date.parse(INITIATIVE.collectionEnd) - Date.parse(INITIATIVE.collectionStart)) / 86_400_000);
  for (let i = 0; i < count; i++) {
    const year = 1940 + Math.floor(random() * 67);
    const number = pesel(year, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28), Math.floor(random() * 10_000));
    const confirmed = random() < 0.01;
    const idDocumentNumber = confirmed ? number.slice(0, 10) + String((Number(number[10]) + 1) % 10) : number;
    const signedOn = isoDay(INITIATIVE.collectionStart, Math.floor(random() * (collectionDays + 1)));
    const statement: PartBStatement = {
      nationality: 'PL',
      part: 'B',
      fullFirstNames: random() < 0.3 ? `${pick(random, FIRST_NAMES)} ${pick(random, SECOND_NAMES)}` : pick(random, FIRST_NAMES),
      familyNames: pick(random, FAMILY_NAMES),
      signingDate: signedOn,
      idDocumentType: 'national.id.number',
      idDocumentNumber,
    };
    yield {
      statementId: uuid(random),
      signedOn,
      channel: isPaper(i) ? 'paper' : 'online',
      idFormatConfirmed: confirmed,
      rulesVersion: RULES_VERSION,
      statement,
    };
  }
}

const GREEK_FIRST_NAMES = ['Γεώργιος', 'Μαρία', 'Ιωάννης', 'Ελένη', 'Κωνσταντίνος', 'Αικατερίνη', 'Δημήτριος', 'Βασιλική', 'Νικόλαος', 'Σοφία', 'Παναγιώτης', 'Αναστασία'];
const GREEK_FAMILY_NAMES = ['Παπαδόπουλος', 'Παπαδοπούλου', 'Βασιλείου', 'Νικολάου', 'Γεωργίου', 'Οικονόμου', 'Κωνσταντινίδης', 'Καραγιάννη', 'Μακρής', 'Αλεξανδροπούλου-Χατζηδάκη'];
const GREEK_STREETS = ['Ερμού', 'Λεωφόρος Βασιλίσσης Σοφίας', 'Πανεπιστημίου', 'Αιόλου', 'Λεωφόρος Κηφισίας', 'Τσιμισκή', 'Εγνατία'];
const GREEK_CITIES = [['Αθήνα', '105 57'], ['Θεσσαλονίκη', '546 24'], ['Πάτρα', '262 21'], ['Ηράκλειο', '712 02']] as const;

/** `count` Greek statements of support (part A, residence in Greece). */
export async function* generateGreekStatements(count: number, seed = 30): AsyncGenerator<ExportStatement> {
  const random = seeded(seed);
  for (let i = 0; i < count; i++) {
    const signedOn = isoDay(INITIATIVE.collectionStart, Math.floor(random() * 300));
    const [city, postalCode] = pick(random, GREEK_CITIES);
    const statement: PartAStatement = {
      nationality: 'GR',
      part: 'A',
      fullFirstNames: pick(random, GREEK_FIRST_NAMES),
      familyNames: pick(random, GREEK_FAMILY_NAMES),
      signingDate: signedOn,
      dateOfBirth: isoDay('1940-01-01', Math.floor(random() * 24_000)),
      street: pick(random, GREEK_STREETS),
      streetNumber: String(1 + Math.floor(random() * 180)),
      postalCode,
      city,
      residenceCountry: 'GR',
    };
    yield { statementId: uuid(random), signedOn, channel: isPaper(i) ? 'paper' : 'online', idFormatConfirmed: false, rulesVersion: RULES_VERSION, statement };
  }
}

/** Collects a (small) generated sample into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}
