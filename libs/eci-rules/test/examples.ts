import type { CountryCode, DocumentType, ValidationContext } from '../src';

/** Signing context used throughout the tests (the library never reads a clock). */
export const CONTEXT: ValidationContext = { signingDate: '2026-11-23', collectionStart: '2026-06-01', collectionEnd: '2027-05-31' };

export interface PartAExample {
  part: 'A';
  fullFirstNames: string;
  familyNames: string;
  dateOfBirth: string;
  street: string;
  streetNumber: string;
  postalCode: string;
  city: string;
  residenceCountry: string;
}

export interface PartBExample {
  part: 'B';
  fullFirstNames: string;
  familyNames: string;
  /** Real, valid numbers as people type them, per accepted document; normalised form second. */
  documents: Partial<Record<DocumentType, [typed: string, normalised: string]>>;
}

/**
 * Hand-written valid statements, one per Member State (checked against the independent
 * reference implementations in checksums.spec.ts and validate.spec.ts).
 */
export const EXAMPLES: Record<CountryCode, PartAExample | PartBExample> = {
  BE: { part: 'B', fullFirstNames: 'Lucas Marie', familyNames: 'Peeters', documents: { 'national.id.number': ['85.07.30-033.28', '85073003328'] } },
  BG: { part: 'B', fullFirstNames: 'Иван', familyNames: 'Петров', documents: { 'personal.number': ['9007151237', '9007151237'] } },
  CZ: {
    part: 'B', fullFirstNames: 'Jiří', familyNames: 'Novák',
    documents: { 'id.card': ['123 456 ab', '123456AB'], passport: ['12345678', '12345678'] },
  },
  DK: {
    part: 'A', fullFirstNames: 'Mette', familyNames: 'Sørensen', dateOfBirth: '1980-04-01',
    street: 'Nørrebrogade', streetNumber: '12', postalCode: '2200', city: 'København N', residenceCountry: 'DK',
  },
  DE: {
    part: 'A', fullFirstNames: 'Anna Lena', familyNames: 'Müller-Schmidt', dateOfBirth: '1990-01-31',
    street: 'Unter den Linden', streetNumber: '7a', postalCode: '10117', city: 'Berlin', residenceCountry: 'de',
  },
  EE: { part: 'B', fullFirstNames: 'Mari', familyNames: 'Tamm', documents: { 'personal.number': ['37605030299', '37605030299'] } },
  IE: {
    part: 'A', fullFirstNames: 'Siobhán', familyNames: "O'Brien", dateOfBirth: '1975-03-17',
    street: "St Stephen's Green", streetNumber: '1', postalCode: 'D02 X285', city: 'Dublin', residenceCountry: 'IE',
  },
  GR: {
    part: 'A', fullFirstNames: 'Γιώργος', familyNames: 'Παπαδόπουλος', dateOfBirth: '1985-08-15',
    street: 'Ερμού', streetNumber: '25', postalCode: '105 57', city: 'Αθήνα', residenceCountry: 'EL',
  },
  ES: {
    part: 'B', fullFirstNames: 'José María', familyNames: 'García López',
    documents: { 'id.card': ['12345678-z', '12345678Z'], passport: ['PAA000000', 'PAA000000'] },
  },
  FR: {
    part: 'A', fullFirstNames: 'Jean-Pierre', familyNames: 'Lefèvre', dateOfBirth: '1960-12-24',
    street: 'Rue de Rivoli', streetNumber: '99', postalCode: '75001', city: 'Paris', residenceCountry: 'FR',
  },
  HR: { part: 'B', fullFirstNames: 'Ivana', familyNames: 'Horvat', documents: { 'personal.id': ['69435151530', '69435151530'] } },
  IT: {
    part: 'B', fullFirstNames: 'Giulia', familyNames: "D'Angelo",
    documents: { passport: ['YA1234567', 'YA1234567'], 'id.card': ['ca 00000 aa', 'CA00000AA'] },
  },
  CY: {
    part: 'B', fullFirstNames: 'Andreas', familyNames: 'Georgiou',
    documents: { 'id.card': ['1234567', '1234567'], passport: ['K12345678', 'K12345678'] },
  },
  LV: { part: 'B', fullFirstNames: 'Jānis', familyNames: 'Bērziņš', documents: { 'personal.id': ['161175-19997', '16117519997'] } },
  LT: { part: 'B', fullFirstNames: 'Jonas', familyNames: 'Kazlauskas', documents: { 'personal.number': ['33309240064', '33309240064'] } },
  LU: {
    part: 'A', fullFirstNames: 'Marie', familyNames: 'Schmit', dateOfBirth: '1992-06-23',
    street: 'Grand-Rue', streetNumber: '3', postalCode: 'L-1661', city: 'Luxembourg', residenceCountry: 'LU',
  },
  HU: {
    part: 'B', fullFirstNames: 'László', familyNames: 'Nagy',
    documents: { 'id.card': ['123456AB', '123456AB'], passport: ['AB1234567', 'AB1234567'], 'personal.number': ['1 800101 1234', '18001011234'] },
  },
  MT: { part: 'B', fullFirstNames: 'Maria', familyNames: 'Borg', documents: { 'id.card': ['123456m', '123456M'] } },
  NL: {
    part: 'A', fullFirstNames: 'Johannes', familyNames: 'van der Berg', dateOfBirth: '2000-02-29',
    street: 'Damrak', streetNumber: '1', postalCode: '1012 lg', city: 'Amsterdam', residenceCountry: 'NL',
  },
  AT: {
    part: 'B', fullFirstNames: 'Lukas', familyNames: 'Gruber',
    documents: { passport: ['p1234567', 'P1234567'], 'id.card': ['12345678', '12345678'] },
  },
  PL: { part: 'B', fullFirstNames: 'Zofia', familyNames: 'Wiśniewska', documents: { 'national.id.number': ['44051401359', '44051401359'] } },
  PT: {
    part: 'B', fullFirstNames: 'João', familyNames: 'Silva Santos',
    documents: {
      'id.card': ['12345678', '12345678'],
      passport: ['C123456', 'C123456'],
      'citizens.card': ['00000000 0 zz4', '000000000ZZ4'],
    },
  },
  RO: {
    part: 'B', fullFirstNames: 'Andrei', familyNames: 'Popescu',
    documents: { 'id.card': ['RX123456', 'RX123456'], passport: ['051234567', '051234567'], 'personal.id': ['1800101401237', '1800101401237'] },
  },
  SI: { part: 'B', fullFirstNames: 'Luka', familyNames: 'Novak', documents: { 'personal.number': ['0101006500006', '0101006500006'] } },
  SK: {
    part: 'A', fullFirstNames: 'Peter', familyNames: 'Horváth', dateOfBirth: '1970-01-01',
    street: 'Hlavná', streetNumber: '10', postalCode: '811 01', city: 'Bratislava', residenceCountry: 'SK',
  },
  FI: {
    part: 'A', fullFirstNames: 'Aino', familyNames: 'Virtanen', dateOfBirth: '1995-05-05',
    street: 'Mannerheimintie', streetNumber: '1 A 2', postalCode: '00100', city: 'Helsinki', residenceCountry: 'FI',
  },
  SE: { part: 'B', fullFirstNames: 'Anna', familyNames: 'Andersson', documents: { 'personal.number': ['811228-9874', '198112289874'] } },
};

/** A valid input for a country (first listed document for Part B). */
export function validInput(country: CountryCode, documentType?: DocumentType): Record<string, unknown> {
  const example = EXAMPLES[country];
  if (example.part === 'A') {
    const { part: _part, ...fields } = example;
    return { nationality: country, ...fields };
  }
  const type = documentType ?? (Object.keys(example.documents)[0] as DocumentType);
  const number = example.documents[type];
  if (!number) throw new Error(`no example for ${country} ${type}`);
  return {
    nationality: country,
    fullFirstNames: example.fullFirstNames,
    familyNames: example.familyNames,
    idDocumentType: type,
    idDocumentNumber: number[0],
  };
}
