import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The console names every action the API records (apps/api/src/audit/audit.service.ts
 * `AuditAction`) in words: the audit page's filter offers each one (AUDIT_ACTIONS in
 * apps/web/src/console/audit/audit-api.ts) and i18n/console/audit/en.json names each one (the
 * i18n spec then checks all 24 languages). Read from the sources, so an action added to the API
 * without a name in the console fails here.
 */
const root = join(__dirname, '..');
const source = (path: string) => readFileSync(join(root, path), 'utf8');
const literals = (text: string) => [...text.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);

describe('audit actions in the console', () => {
  const recorded = literals(/export type AuditAction =([^;]+);/.exec(source('apps/api/src/audit/audit.service.ts'))?.[1] ?? '').sort();
  const offered = literals(/export const AUDIT_ACTIONS = \[([^\]]+)\]/.exec(source('apps/web/src/console/audit/audit-api.ts'))?.[1] ?? '').sort();
  const named = Object.keys((JSON.parse(source('i18n/console/audit/en.json')) as { actions: Record<string, string> }).actions).sort();

  it('reads the actions the API records', () => {
    expect(recorded).toEqual(expect.arrayContaining(['login', 'export', 'export_failed']));
  });

  it('offers every recorded action in the filter, and nothing else', () => {
    expect(offered).toEqual(recorded);
  });

  it('names every recorded action in English (the i18n spec checks the other languages)', () => {
    expect(named).toEqual(recorded);
  });
});
