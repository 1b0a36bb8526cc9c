/*
 * Independent reference implementations used by the tests. They are written from the
 * published definitions in a different formulation from the library (e.g. "weighted sum
 * including the check digit ≡ 0", brute force over candidate check digits, BigInt), so that
 * a shared mistake is unlikely. Each algorithm has `<x>Valid(number)` (check digit only,
 * no date logic) and a generator `make<X>(date…)`.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digits = (s: string): number[] => s.split('').map(Number);
const weighted = (s: string, weights: readonly number[]): number =>
  digits(s).reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0);
/** Appends the first check digit 0-9 that makes `valid` true. */
const completeWith = (body: string, valid: (n: string) => boolean): string => {
  for (let c = 0; c <= 9; c++) if (valid(body + c)) return body + c;
  throw new Error(`no check digit for ${body}`);
};

// PL PESEL: Σ w·d over all 11 digits, weights 1,3,7,9,1,3,7,9,1,3,1, ≡ 0 (mod 10).
export const peselValid = (n: string): boolean => /^\d{11}$/.test(n) && weighted(n, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 === 0;
export function makePesel(year: number, month: number, day: number, serial: number): string {
  const offset = year >= 2200 ? 60 : year >= 2100 ? 40 : year >= 2000 ? 20 : year >= 1900 ? 0 : 80;
  return completeWith(`${pad(year % 100, 2)}${pad(month + offset, 2)}${pad(day, 2)}${pad(serial, 4)}`, peselValid);
}

// BG EGN: check = Σ w·d mod 11 (10 → 0).
export const egnValid = (n: string): boolean => {
  const r = weighted(n.slice(0, 9), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return /^\d{10}$/.test(n) && Number(n[9]) === r % 10;
};
export function makeEgn(year: number, month: number, day: number, serial: number): string {
  const m = year >= 2000 ? month + 40 : year < 1900 ? month + 20 : month;
  return completeWith(`${pad(year % 100, 2)}${pad(m, 2)}${pad(day, 2)}${pad(serial, 3)}`, egnValid);
}

// RO CNP: check = Σ w·d mod 11 with key 279146358279 (10 → 1).
export const cnpValid = (n: string): boolean => {
  const r = weighted(n.slice(0, 12), digits('279146358279')) % 11;
  return /^\d{13}$/.test(n) && Number(n[12]) === (r === 10 ? 1 : r);
};
export function makeCnp(s: number, year: number, month: number, day: number, county = 40, serial = 123): string {
  return completeWith(`${s}${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(county, 2)}${pad(serial, 3)}`, cnpValid);
}

// HR OIB: ISO 7064 MOD 11,10 in its "running check ends at 1" form (python-stdnum style).
export const oibValid = (n: string): boolean => {
  if (!/^\d{11}$/.test(n)) return false;
  let check = 5;
  for (const d of digits(n)) check = ((((check || 10) * 2) % 11) + d) % 10;
  return check === 1;
};
export const makeOib = (ten: string): string => completeWith(ten, oibValid);

// EE isikukood / LT asmens kodas: weights 1..9,1 then 3..9,1,2,3; twice 10 → 0.
export const isikukoodValid = (n: string): boolean => {
  const body = n.slice(0, 10);
  let r = weighted(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (r === 10) r = weighted(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return /^\d{11}$/.test(n) && Number(n[10]) === r % 10;
};
export function makeIsikukood(sexCentury: number, year: number, month: number, day: number, serial: number): string {
  return completeWith(`${sexCentury}${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`, isikukoodValid);
}

// SI EMŠO: (Σ w·d + K) ≡ 0 (mod 11); remainder 1 (K would be 10) → K = 0 (python-stdnum).
export const emsoValid = (n: string): boolean => {
  if (!/^\d{13}$/.test(n)) return false;
  const sum = weighted(n.slice(0, 12), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  const k = Number(n[12]);
  return (sum + k) % 11 === 0 || (sum % 11 === 1 && k === 0);
};
export function makeEmso(year: number, month: number, day: number, region = 50, serial = 0): string {
  return completeWith(`${pad(day, 2)}${pad(month, 2)}${pad(year % 1000, 3)}${pad(region, 2)}${pad(serial, 3)}`, emsoValid);
}

// Luhn, textbook recipe.
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  payload
    .split('')
    .reverse()
    .forEach((ch, i) => {
      let v = Number(ch);
      if (i % 2 === 0) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
    });
  return (10 - (sum % 10)) % 10;
}
/** SE personnummer: Luhn over the last 10 digits (the century of the 12-digit form is NOT covered). */
export const personnummerValid = (n: string): boolean => {
  const ten = n.replace('+', '').slice(-10);
  return /^(\d{12}|\d{6}\+?\d{4})$/.test(n) && luhnCheckDigit(ten.slice(0, 9)) === Number(ten[9]);
};
export function makePersonnummer(year: number, month: number, day: number, serial: number): { short: string; long: string } {
  const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
  const short = nine + luhnCheckDigit(nine);
  return { short, long: `${pad(Math.floor(year / 100), 2)}${short}` };
}

// BE national register number: (base + check) ≡ 0 (mod 97); base prefixed with "2" from 2000.
export const beValid = (n: string): boolean => {
  if (!/^\d{11}$/.test(n)) return false;
  const check = BigInt(n.slice(9));
  return [BigInt(n.slice(0, 9)), BigInt(`2${n.slice(0, 9)}`)].some((base) => check >= 1n && (base + check) % 97n === 0n);
};
export function makeBe(year: number, month: number, day: number, serial: number): string {
  const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
  const base = BigInt(year >= 2000 ? `2${nine}` : nine);
  for (let check = 1; check <= 97; check++) if ((base + BigInt(check)) % 97n === 0n) return nine + pad(check, 2);
  throw new Error('unreachable');
}

// ES DNI.
export const dniLetter = (number: number): string => 'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(number % 23);
export const dniValid = (n: string): boolean => /^\d{8}[A-Z]$/.test(n) && dniLetter(Number(n.slice(0, 8))) === n[8];

// PT Cartão de Cidadão (AMA algorithm, letters A=10 … Z=35).
export const cartaoValid = (n: string): boolean => {
  if (!/^\d{9}[A-Z0-9]{2}\d$/.test(n)) return false;
  let sum = 0;
  let second = false;
  for (let i = n.length - 1; i >= 0; i--) {
    let value = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.indexOf(n.charAt(i));
    if (second) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    second = !second;
  }
  return sum % 10 === 0;
};
export const makeCartao = (nine: string, version: string): string => completeWith(nine + version, cartaoValid);

/** All single-digit substitutions of a string: [position, mutated]. */
export function singleDigitMutations(value: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (!/\d/.test(ch)) continue;
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== ch) out.push([i, value.slice(0, i) + d + value.slice(i + 1)]);
    }
  }
  return out;
}

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

/** The same calendar day `years` earlier (29 Feb → 28 Feb when that year is not leap). */
export function yearsBefore(iso: string, years: number): SimpleDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return { year, month: m, day: m === 2 && d === 29 && !leap ? 28 : d };
}

/** The next calendar day (Date with explicit UTC arguments: tests only, never the clock). */
export function nextDay(date: SimpleDate): SimpleDate {
  const js = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() };
}

export function iso(date: SimpleDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
