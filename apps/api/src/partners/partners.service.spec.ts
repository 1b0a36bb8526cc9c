import { verifyChain } from '@eci/audit-chain';
import { partnersSetUp } from '../../test/fixtures/people-partners';
import { refusalItems as refusal } from '../../test/fixtures/refusals';

describe('PartnersService', () => {
  it('creates a partner with its name trimmed and origins once each, shows the token once and audits', async () => {
    const { log, service } = await partnersSetUp();
    const created = await service.create('system', 'alpha', { name: '  EDRi ', slug: 'edri', allowedOrigins: ['https://a.example', 'https://a.example', 'https://b.example'] });
    expect(created).toEqual({ partner: { slug: 'edri', name: 'EDRi', allowedOrigins: ['https://a.example', 'https://b.example'], hasToken: true }, token: expect.stringMatching(/^ecip_[A-Za-z0-9_-]{43}$/) });
    expect(await service.list('alpha')).toEqual([created.partner]);
    expect(JSON.stringify(await service.list('alpha'))).not.toContain(created.token);
    const entries = await log.list(0, 10);
    expect(entries.map((e) => [e.action, e.details])).toEqual([['partner_created', { initiative: 'alpha', partner: 'edri', allowedOrigins: ['https://a.example', 'https://b.example'] }]]);
    expect(JSON.stringify(entries)).not.toContain(created.token);
    expect(verifyChain(entries).valid).toBe(true);
  });

  it('creates a partner without origins', async () => {
    const { service } = await partnersSetUp();
    expect((await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri' })).partner.allowedOrigins).toEqual([]);
  });

  it('refuses a slug the initiative already has, not one another initiative has', async () => {
    const { service } = await partnersSetUp();
    await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri' });
    expect(await refusal(service.create('system', 'alpha', { name: 'Other', slug: 'edri' }))).toEqual([{ field: 'slug', code: 'partner_exists' }]);
    await expect(service.create('system', 'beta', { name: 'EDRi', slug: 'edri' })).resolves.toBeDefined();
  });

  it('refuses an unknown initiative everywhere', async () => {
    const { service } = await partnersSetUp();
    const notFound = [{ field: 'slug', code: 'initiative_not_found' }];
    expect(await refusal(service.create('system', 'nowhere', { name: 'EDRi', slug: 'edri' }))).toEqual(notFound);
    expect(await refusal(service.list('nowhere'))).toEqual(notFound);
    expect(await refusal(service.rotateToken('system', 'nowhere', 'edri'))).toEqual(notFound);
  });

  it('refuses an unknown partner', async () => {
    const { service } = await partnersSetUp();
    const notFound = [{ field: 'partner', code: 'partner_not_found' }];
    expect(await refusal(service.rotateToken('system', 'alpha', 'edri'))).toEqual(notFound);
    expect(await refusal(service.revokeToken('system', 'alpha', 'edri'))).toEqual(notFound);
    expect(await refusal(service.setAllowedOrigins('system', 'alpha', 'edri', []))).toEqual(notFound);
  });

  it('rotates the token: the new one opens the partner\'s route, the old one nothing', async () => {
    const { log, service } = await partnersSetUp();
    const { token: old } = await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri' });
    const { token } = await service.rotateToken('organiser-token', 'alpha', 'edri');
    expect(token).not.toBe(old);
    expect(await service.authenticate(old, 'alpha', 'edri')).toBeNull();
    expect(await service.authenticate(token, 'alpha', 'edri')).toMatchObject({ slug: 'edri' });
    expect((await log.list(0, 10)).at(-1)).toMatchObject({ actor: 'organiser-token', action: 'partner_token_rotated', details: { initiative: 'alpha', partner: 'edri' } });
  });

  it('revokes the token', async () => {
    const { log, service } = await partnersSetUp();
    const { token } = await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri' });
    await service.revokeToken('system', 'alpha', 'edri');
    expect(await service.authenticate(token, 'alpha', 'edri')).toBeNull();
    expect(await service.list('alpha')).toMatchObject([{ hasToken: false }]);
    expect((await log.list(0, 10)).at(-1)).toMatchObject({ action: 'partner_token_revoked', details: { initiative: 'alpha', partner: 'edri' } });
  });

  it('replaces the origins, each once, and audits them', async () => {
    const { log, service } = await partnersSetUp();
    await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri', allowedOrigins: ['https://a.example'] });
    expect(await service.setAllowedOrigins('system', 'alpha', 'edri', ['https://c.example', 'https://c.example'])).toEqual({ slug: 'edri', name: 'EDRi', allowedOrigins: ['https://c.example'], hasToken: true });
    expect(await service.list('alpha')).toMatchObject([{ allowedOrigins: ['https://c.example'] }]);
    expect((await log.list(0, 10)).at(-1)).toMatchObject({ action: 'partner_origins_changed', details: { initiative: 'alpha', partner: 'edri', allowedOrigins: ['https://c.example'] } });
  });

  it('authenticates a token only for its own partner on its own initiative', async () => {
    const { service } = await partnersSetUp();
    const { token } = await service.create('system', 'alpha', { name: 'EDRi', slug: 'edri' });
    await service.create('system', 'alpha', { name: 'Other', slug: 'other' });
    await service.create('system', 'beta', { name: 'EDRi', slug: 'edri' });
    expect(await service.authenticate(token, 'alpha', 'edri')).toMatchObject({ slug: 'edri', name: 'EDRi' });
    expect(await service.authenticate(token, 'alpha', 'other')).toBeNull();
    expect(await service.authenticate(token, 'beta', 'edri')).toBeNull();
    expect(await service.authenticate('ecip_wrong', 'alpha', 'edri')).toBeNull();
  });
});
