import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@eci/api-contract';

/*
 * The console names every action the audit trail records (AUDIT_ACTIONS in @eci/api-contract, the
 * API's `AuditAction` and the audit page's filter) in words: i18n/console/audit/en.json names each
 * one, and nothing else (the i18n spec then checks all 24 languages). An action added to the API
 * without a name in the console fails here.
 */
describe('audit actions in the console', () => {
  const named = Object.keys((JSON.parse(readFileSync(join(__dirname, 'console/audit/en.json'), 'utf8')) as { actions: Record<string, string> }).actions);

  it('names every recorded action in English, and nothing else', () => {
    expect([...named].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it('lists the names in the order the filter offers the actions', () => {
    expect(named).toEqual([...AUDIT_ACTIONS]);
  });
});
