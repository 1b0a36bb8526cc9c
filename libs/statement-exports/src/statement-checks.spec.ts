import { RULES_VERSION } from '@eci/rules';
import { sealedPayloadOf } from '@eci/statement-crypto';
import { BG_STATEMENTS, FR_STATEMENTS, INITIATIVE, PL_STATEMENTS } from '../test/fixtures';
import { memberStateRule } from './member-state';
import { fromSealedPayload } from './sealed-payload';
import { checkDeclaredCounts, ExportCountMismatchError, ExportDataError, StatementTally } from './statement-checks';
import type { ExportStatement } from './types';

const period = { start: INITIATIVE.collectionStart, end: INITIATIVE.collectionEnd };
const first = PL_STATEMENTS[0] as ExportStatement;

function tally(country = 'PL'): StatementTally {
  return new StatementTally(memberStateRule(country), period, 1000);
}

describe('StatementTally', () => {
  it('counts online, paper and confirmed formats, and numbers the statements', () => {
    const t = tally();
    expect(PL_STATEMENTS.map((s) => t.add(s))).toEqual([1, 2, 3, 4]);
    expect(t.counts()).toEqual({ total: 4, online: 3, paper: 1, formatConfirmed: 1, totalAllMemberStates: 1000 });
    expect(t.statementRulesVersions()).toEqual([RULES_VERSION]);
    expect(t.assertMatches({ online: 3, paper: 1, totalAllMemberStates: 1000 })).toEqual(t.counts());
    expect(() => t.assertMatches({ online: 4, paper: 0, totalAllMemberStates: 1000 })).toThrow(ExportCountMismatchError);
  });

  it.each<[string, ExportStatement]>([
    ['nationality is not PL', BG_STATEMENTS[0] as ExportStatement],
    ['nationality is not PL', FR_STATEMENTS[0] as ExportStatement],
    ['the statement and its envelope have different signing dates', { ...first, signedOn: '2026-09-16' }],
    ['signed outside the collection period', { ...first, signedOn: '2026-05-31', statement: { ...first.statement, signingDate: '2026-05-31' } }],
    ['the signing date is not YYYY-MM-DD', { ...first, signedOn: '15.09.2026' }],
    ['unknown collection channel', { ...first, channel: 'email' as never }],
    ['document type passport is not accepted by PL', { ...first, statement: { ...first.statement, idDocumentType: 'passport' } as ExportStatement['statement'] }],
    ['malformed rules version', { ...first, rulesVersion: 'a b' }],
    ['idFormatConfirmed is not a boolean', { ...first, idFormatConfirmed: 'no' as never }],
  ])('refuses a statement: %s', (problem, statement) => {
    const t = tally();
    expect(() => t.add(statement)).toThrow(ExportDataError);
    expect(() => t.add(statement)).toThrow(problem);
    expect(t.count).toBe(0);
  });

  it('refuses a part A statement in a part B export', () => {
    const t = tally('PL');
    const partA = { ...(FR_STATEMENTS[0] as ExportStatement), statement: { ...(FR_STATEMENTS[0] as ExportStatement).statement, nationality: 'PL' as const } };
    expect(() => t.add(partA)).toThrow('not an Annex III part B statement');
  });
});

describe('declared counts', () => {
  it('must be whole, non-negative, and within the total', () => {
    expect(() => checkDeclaredCounts({ online: 1, paper: 2, totalAllMemberStates: 3 })).not.toThrow();
    expect(() => checkDeclaredCounts({ online: -1, paper: 0, totalAllMemberStates: 3 })).toThrow(ExportDataError);
    expect(() => checkDeclaredCounts({ online: 1.5, paper: 0, totalAllMemberStates: 3 })).toThrow(ExportDataError);
    expect(() => checkDeclaredCounts({ online: 3, paper: 1, totalAllMemberStates: 3 })).toThrow(ExportDataError);
  });
});

describe('fromSealedPayload', () => {
  const payload = sealedPayloadOf(first.statementId, { registrationNumber: INITIATIVE.registrationNumber, slug: 'clean-rivers' }, first.signedOn, {
    statement: first.statement,
    idFormatConfirmed: false,
  });

  it('turns a decrypted payload into an export statement', () => {
    expect(fromSealedPayload(payload, 'online', INITIATIVE.registrationNumber)).toEqual(first);
  });

  it('refuses a statement of another initiative', () => {
    expect(() => fromSealedPayload(payload, 'online', 'ECI(2026)000001')).toThrow(ExportDataError);
  });
});
