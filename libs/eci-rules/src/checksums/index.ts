import type { CheckId } from '../types';
import type { IdNumberCheck } from './analysis';
import { analyseBeNationalNumber } from './be-national-number';
import { analyseCartaoCidadao } from './cartao-cidadao';
import { analyseCnp } from './cnp';
import { analyseDni } from './dni';
import { analyseEgn } from './egn';
import { analyseEmso } from './emso';
import { analyseAsmensKodas, analyseIsikukood } from './isikukood';
import { analyseOib } from './oib';
import { analysePersonnummer } from './personnummer';
import { analysePesel } from './pesel';

export type { IdNumberAnalysis, IdNumberCheck } from './analysis';

/** Check-digit algorithms by id (the data table refers to them via `DocumentRule.check`). */
export const ID_CHECKS: Readonly<Record<CheckId, IdNumberCheck>> = {
  bePersonalNumber: analyseBeNationalNumber,
  egn: analyseEgn,
  isikukood: analyseIsikukood,
  asmensKodas: analyseAsmensKodas,
  dni: analyseDni,
  oib: analyseOib,
  pesel: analysePesel,
  cartaoCidadao: analyseCartaoCidadao,
  cnp: analyseCnp,
  emso: analyseEmso,
  personnummer: analysePersonnummer,
};

/** Algorithms whose numbers encode the holder's birth date. */
export const DATE_ENCODING_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>([
  'bePersonalNumber', 'egn', 'isikukood', 'asmensKodas', 'pesel', 'cnp', 'emso', 'personnummer',
]);
