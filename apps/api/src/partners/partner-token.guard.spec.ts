import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../platform/errors/domain-error';
import { PartnerTokenGuard, type PartnerRequest } from './partner-token.guard';
import { partnersSetUp } from '../../test/fixtures/people-partners';

function context(request: Partial<PartnerRequest>): ExecutionContext {
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe('PartnerTokenGuard', () => {
  async function setUp() {
    const { service } = await partnersSetUp();
    const { token } = await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri' });
    return { guard: new PartnerTokenGuard(service), token };
  }

  it('lets the partner\'s own token through and names the partner on the request', async () => {
    const { guard, token } = await setUp();
    const request = { headers: { authorization: `Bearer ${token}` }, params: { slug: 'alpha', partner: 'edri' } } as unknown as PartnerRequest;
    await expect(guard.canActivate(context(request))).resolves.toBe(true);
    expect(request.partner).toMatchObject({ slug: 'edri', name: 'EDRi' });
  });

  it.each([
    ['no token', {}, { slug: 'alpha', partner: 'edri' }],
    ['a wrong token', { authorization: 'Bearer ecip_wrong' }, { slug: 'alpha', partner: 'edri' }],
    ['no partner in the path', 'own', { slug: 'alpha' }],
    ['another partner in the path', 'own', { slug: 'alpha', partner: 'other' }],
  ])('answers unauthorized for %s', async (_case, headers, params) => {
    const { guard, token } = await setUp();
    const request = { headers: headers === 'own' ? { authorization: `Bearer ${token}` } : headers, params } as unknown as PartnerRequest;
    const error = await guard.canActivate(context(request)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).items).toEqual([{ field: null, code: 'unauthorized' }]);
    expect(request.partner).toBeUndefined();
  });
});
