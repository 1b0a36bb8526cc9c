import { randomUUID } from 'node:crypto';
import { RULES_VERSION, validateStatement, type StatementInput, type ValidationContext } from '@eci/rules';
import type { CollectionChannel, ExportInitiative, ExportStatement } from '../src/types';

export const INITIATIVE: ExportInitiative = {
  registrationNumber: 'ECI(2026)000042',
  registrationDate: '2026-05-12',
  title: {
    en: 'Clean rivers for Europe: a common standard for river water quality',
    el: 'Καθαρά ποτάμια για την Ευρώπη',
    pl: 'Czyste rzeki dla Europy',
  },
  subject: { en: 'Common minimum standards for the water quality of European rivers.' },
  objectives: {
    en: 'We call on the Commission to propose legislation that sets binding minimum standards.\nSecond line of the objectives.',
  },
  organisers: [
    { role: 'representative', name: 'Γεώργιος Αντωνίου', residence: 'GR', email: 'representative@cleanrivers.example' },
    { role: 'substitute', name: 'Zofia Wójcik', residence: 'PL', email: 'substitute@cleanrivers.example' },
    { role: 'member', name: 'Marie Dubois', residence: 'FR' },
  ],
  registerUrl: 'https://citizens-initiative.europa.eu/initiatives/details/2026/000042_en',
  collectionStart: '2026-06-01',
  collectionEnd: '2027-05-31',
};

export const CREATED_AT = new Date('2027-06-10T09:30:00Z');

const context = (signingDate: string): ValidationContext => ({
  signingDate,
  collectionStart: INITIATIVE.collectionStart,
  collectionEnd: INITIATIVE.collectionEnd,
});

function checkDigitSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

/** A valid PESEL: YYMMDD (month + 20 for the 2000s), 4 serial digits, check digit. */
export function pesel(year: number, month: number, day: number, serial: number): string {
  const encodedMonth = month + (year >= 2000 ? 20 : 0);
  const body = [year % 100, encodedMonth, day].map((n) => String(n).padStart(2, '0')).join('') + String(serial).padStart(4, '0');
  const check = (10 - (checkDigitSum(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return body + String(check);
}

/** A valid Bulgarian EGN: YYMMDD (month + 40 for the 2000s), 3 serial digits, mod-11 check. */
export function egn(year: number, month: number, day: number, serial: number): string {
  const encodedMonth = month + (year >= 2000 ? 40 : 0);
  const body = [year % 100, encodedMonth, day].map((n) => String(n).padStart(2, '0')).join('') + String(serial).padStart(3, '0');
  const remainder = checkDigitSum(body, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return body + String(remainder === 10 ? 0 : remainder);
}

export interface SignOptions {
  readonly signedOn?: string;
  readonly channel?: CollectionChannel;
  readonly statementId?: string;
}

/** A statement as the signing service stores it: validated and normalised by @eci/rules. */
export function signed(input: StatementInput, options: SignOptions = {}): ExportStatement {
  const signedOn = options.signedOn ?? '2026-09-15';
  const result = validateStatement(input, context(signedOn));
  if (!result.ok) throw new Error(`Fixture does not validate: ${JSON.stringify(result.errors)}`);
  return {
    statementId: options.statementId ?? randomUUID(),
    signedOn,
    channel: options.channel ?? 'online',
    idFormatConfirmed: result.idFormatConfirmed,
    rulesVersion: RULES_VERSION,
    statement: result.statement,
  };
}

export const PL_STATEMENTS: readonly ExportStatement[] = [
  signed({ nationality: 'PL', fullFirstNames: 'Jan', familyNames: 'Kowalski', idDocumentType: 'national.id.number', idDocumentNumber: pesel(1985, 3, 14, 1234) }),
  signed(
    { nationality: 'PL', fullFirstNames: 'Małgorzata Zofia', familyNames: 'Wiśniewska-Żółć', idDocumentType: 'national.id.number', idDocumentNumber: pesel(2001, 11, 2, 5678) },
    { signedOn: '2026-10-01' },
  ),
  signed(
    // A check digit that does not match, confirmed by the signatory.
    { nationality: 'PL', fullFirstNames: 'Zbigniew', familyNames: 'Brzęczyszczykiewicz', idDocumentType: 'national.id.number', idDocumentNumber: '44051401358', confirmIdFormat: true },
    { channel: 'paper', signedOn: '2026-11-20' },
  ),
  signed({
    nationality: 'PL',
    fullFirstNames: 'Krzysztof Aleksander Maksymilian Bartłomiej Grzegorz Władysław',
    familyNames: 'Szczebrzeszyńska-Grzegorzewska-Chrząszczewska',
    idDocumentType: 'national.id.number',
    idDocumentNumber: pesel(1950, 1, 31, 42),
  }),
];

export const FR_STATEMENTS: readonly ExportStatement[] = [
  signed({
    nationality: 'FR', fullFirstNames: 'Jean-Pierre', familyNames: 'Lefèvre', dateOfBirth: '1960-12-24',
    street: 'Rue de Rivoli', streetNumber: '99', postalCode: '75001', city: 'Paris', residenceCountry: 'FR',
  }),
  signed(
    {
      nationality: 'FR', fullFirstNames: 'Françoise Hélène', familyNames: 'Dupont-Aignan', dateOfBirth: '1978-02-28',
      street: 'Avenue Louise', streetNumber: '221 bte 4', postalCode: '1050', city: 'Ixelles', residenceCountry: 'BE',
    },
    { channel: 'paper' },
  ),
  signed({
    nationality: 'FR', fullFirstNames: 'Aïcha', familyNames: 'Benoît', dateOfBirth: '2004-07-14',
    street: 'Chemin des Écoliers', streetNumber: '3', postalCode: '13001', city: 'Marseille', residenceCountry: 'FR',
  }),
];

export const EL_STATEMENTS: readonly ExportStatement[] = [
  signed({
    nationality: 'EL', fullFirstNames: 'Γεώργιος', familyNames: 'Παπαδόπουλος', dateOfBirth: '1985-08-15',
    street: 'Ερμού', streetNumber: '25', postalCode: '105 57', city: 'Αθήνα', residenceCountry: 'EL',
  }),
  signed({
    nationality: 'GR', fullFirstNames: 'Ελένη Μαρία', familyNames: 'Κωνσταντινίδου', dateOfBirth: '1992-03-25',
    street: 'Λεωφόρος Βασιλίσσης Σοφίας', streetNumber: '12', postalCode: '106 74', city: 'Αθήνα', residenceCountry: 'EL',
  }),
  signed(
    {
      nationality: 'EL', fullFirstNames: 'Νικόλαος', familyNames: 'Οικονόμου', dateOfBirth: '1970-01-01',
      street: 'Rue de la Loi', streetNumber: '200', postalCode: '1049', city: 'Bruxelles', residenceCountry: 'BE',
    },
    { channel: 'paper' },
  ),
];

export const BG_STATEMENTS: readonly ExportStatement[] = [
  signed({ nationality: 'BG', fullFirstNames: 'Иван', familyNames: 'Петров', idDocumentType: 'personal.number', idDocumentNumber: egn(1990, 7, 15, 123) }),
  signed({ nationality: 'BG', fullFirstNames: 'Мария Йорданова', familyNames: 'Георгиева', idDocumentType: 'personal.number', idDocumentNumber: egn(2002, 2, 28, 456) }),
];

/** Feeds statements one by one, as a database cursor would. */
export async function* streamOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

export function countsOf(items: readonly ExportStatement[], others = 1000): { online: number; paper: number; totalAllMemberStates: number } {
  const online = items.filter((item) => item.channel === 'online').length;
  const paper = items.length - online;
  return { online, paper, totalAllMemberStates: online + paper + others };
}
