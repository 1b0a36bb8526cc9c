/**
 * Realistic, unique statements of support for load tests: a mix of nationalities, part A (address
 * and date of birth) and part B (national numbers with valid check digits or documents).
 */

/** A PESEL unique for every n below ~90 million: serial from n, birth day counted from 1940-01-01. */
function pesel(n: number): string {
  const serial = n % 10000;
  const birth = new Date(Date.UTC(1940, 0, 1) + Math.floor(n / 10000) * 86_400_000);
  const [year, month, day] = [birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate()];
  const body = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...body].reduce((acc, c, i) => acc + Number(c) * weights[i], 0);
  return body + String((10 - (sum % 10)) % 10);
}

function dni(n: number): string {
  const number = 10_000_000 + (n % 89_999_999);
  return `${number}${'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}`;
}

const FIRST = ['Anna', 'Jean', 'Maria', 'Jan', 'Sofia', 'Lukas', 'Eleni', 'Mikko', 'Zoë', 'Ana', 'Piotr', 'Hélène'];
const FAMILY = ['Nowak', 'Müller', 'Dubois', 'García', 'Rossi', 'Jansen', 'Virtanen', 'Papadopoulou', 'Murphy', 'Horváth'];

/** The n-th statement: unique per n, valid for its nationality, certified (Annex III) as the form sends it. */
export function statement(n: number): Record<string, string | boolean> {
  return { ...statementFields(n), certified: true };
}

function statementFields(n: number): Record<string, string> {
  const first = FIRST[n % FIRST.length];
  const family = `${FAMILY[(n >> 3) % FAMILY.length]}-${n}`;
  switch (n % 5) {
    case 0:
      return { nationality: 'PL', fullFirstNames: first, familyNames: family, idDocumentType: 'national.id.number', idDocumentNumber: pesel(n / 5) };
    case 1:
      return { nationality: 'ES', fullFirstNames: first, familyNames: family, idDocumentType: 'id.card', idDocumentNumber: dni(n) };
    case 2:
      return {
        nationality: 'DE', fullFirstNames: first, familyNames: family, dateOfBirth: `19${50 + (n % 50)}-0${1 + (n % 9)}-1${n % 10}`,
        street: 'Hauptstraße', streetNumber: String(1 + (n % 200)), postalCode: String(10000 + (n % 89999)), city: 'Berlin', residenceCountry: 'DE',
      };
    case 3:
      return {
        nationality: 'FR', fullFirstNames: first, familyNames: family, dateOfBirth: `19${60 + (n % 40)}-1${n % 3}-0${1 + (n % 9)}`,
        street: 'Rue de la République', streetNumber: String(1 + (n % 300)), postalCode: String(10000 + (n % 89999)), city: 'Lyon', residenceCountry: 'FR',
      };
    default:
      return { nationality: 'IT', fullFirstNames: first, familyNames: family, idDocumentType: 'passport', idDocumentNumber: `${String.fromCharCode(65 + (Math.floor(n / 10_000_000) % 26))}A${String(n % 10_000_000).padStart(7, '0')}` };
  }
}
