import { refusalItems } from '../../test/fixtures/refusals';
import { parseAuditQuery } from './audit-query';

const refused = (query: Record<string, unknown>) => refusalItems(Promise.resolve().then(() => parseAuditQuery(query)));

describe('parseAuditQuery', () => {
  it('keeps the defaults without parameters, and after/limit lenient as before', () => {
    expect(parseAuditQuery({})).toEqual({ after: 0, limit: 100, filter: {} });
    expect(parseAuditQuery({ after: '12', limit: '5' })).toEqual({ after: 12, limit: 5, filter: {} });
    expect(parseAuditQuery({ after: '-1', limit: '1e309' })).toEqual({ after: 0, limit: 100, filter: {} });
  });

  it('takes a known action and an actor exactly', () => {
    expect(parseAuditQuery({ action: 'password_reset', actor: 'account:0C1D2E3F-0000-4000-8000-000000000001' }).filter).toEqual({
      action: 'password_reset',
      actor: 'account:0c1d2e3f-0000-4000-8000-000000000001',
    });
    for (const actor of ['organiser-token', 'command', 'system', 'anonymous']) expect(parseAuditQuery({ actor }).filter).toEqual({ actor });
  });

  it('reads a day as the whole UTC day, an instant as given (offset applied)', () => {
    expect(parseAuditQuery({ from: '2026-12-06', to: '2026-12-06' }).filter).toEqual({ from: new Date('2026-12-06T00:00:00.000Z'), to: new Date('2026-12-07T00:00:00.000Z') });
    expect(parseAuditQuery({ from: '2026-12-06T10:00+02:00', to: '2026-12-06T10:00:30.5Z' }).filter).toEqual({ from: new Date('2026-12-06T08:00:00.000Z'), to: new Date('2026-12-06T10:00:30.500Z') });
    expect(parseAuditQuery({ to: '2024-02-29' }).filter).toEqual({ to: new Date('2024-03-01T00:00:00.000Z') });
  });

  it('refuses every bad value at once, naming each parameter', async () => {
    expect(await refused({ action: 'exports', actor: 'account:bob', from: '2026-13-01', to: 'yesterday' })).toEqual([
      { field: 'action', code: 'format' },
      { field: 'actor', code: 'format' },
      { field: 'from', code: 'format' },
      { field: 'to', code: 'format' },
    ]);
  });

  it.each([
    ['an impossible day', { from: '2025-02-29' }, 'from'],
    ['an hour 24', { from: '2026-12-06T24:00Z' }, 'from'],
    ['an instant without offset', { to: '2026-12-06T10:00' }, 'to'],
    ['a number', { to: '1765000000000' }, 'to'],
    ['a repeated parameter', { action: ['login', 'logout'] }, 'action'],
    ['an empty value', { actor: '' }, 'actor'],
    ['an SQL fragment', { action: "login' OR '1'='1" }, 'action'],
    ['an inherited property name', { action: 'constructor' }, 'action'],
    ['from after to', { from: '2026-12-07', to: '2026-12-06' }, 'to'],
    ['from at an exclusive to', { from: '2026-12-06T10:00Z', to: '2026-12-06T10:00Z' }, 'to'],
  ])('refuses %s', async (_name, query, field) => {
    expect(await refused(query)).toEqual([{ field, code: 'format' }]);
  });
});
