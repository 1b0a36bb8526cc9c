import { malformed, type IdNumberAnalysis } from './analysis';
import { luhnValid } from './luhn';

/**
 * PT Cartão de Cidadão document number: 9 digits (civil ID number + its check digit),
 * 2 version letters, 1 check digit: 12 characters, as published by AMA ("Validação de Número
 * de Documento do Cartão de Cidadão"). Digits are 0-9, letters A=10 … Z=35; from the right,
 * every second value is doubled (minus 9 when above 9); the total must be ≡ 0 (mod 10).
 */
export function analyseCartaoCidadao(value: string): IdNumberAnalysis {
  if (!/^[0-9]{9}[A-Z0-9]{2}[0-9]$/.test(value)) return malformed(value);
  const values = Array.from(value, (ch) => parseInt(ch, 36));
  return { checksumValid: luhnValid(values), impossibleDate: false, canonical: value };
}
