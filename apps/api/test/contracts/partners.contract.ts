import type { InitiativesRepository } from '../../src/initiatives/initiatives.repository';
import type { PartnersRepository } from '../../src/partners/partners.repository';
import { bytes32, initiativeNamed } from './people-seed';

export interface PartnersSubject {
  partners: PartnersRepository;
  /** Where the cases seed the initiatives partners belong to. */
  initiatives: InitiativesRepository;
}

/** What every `PartnersRepository` does (the fake and the TypeORM one run these same cases). */
export function describePartnersContract(makeSubject: () => Promise<PartnersSubject>): void {
  let partners: PartnersRepository;
  let alpha: string;
  let beta: string;
  const nobody = '00000000-0000-4000-8000-000000000000';

  beforeEach(async () => {
    const subject = await makeSubject();
    partners = subject.partners;
    alpha = (await subject.initiatives.create(initiativeNamed('alpha'))).id;
    beta = (await subject.initiatives.create(initiativeNamed('beta'))).id;
  });

  const make = (initiativeId: string, slug: string, token = slug, allowedOrigins = ['https://b.example', 'https://a.example']) =>
    partners.create({ initiativeId, slug, name: `Partner ${slug}`, allowedOrigins, tokenHash: bytes32(token) });

  it('creates a partner holding a token, its origins in the order given', async () => {
    const created = await make(alpha, 'edri');
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), initiativeId: alpha, slug: 'edri', name: 'Partner edri', allowedOrigins: ['https://b.example', 'https://a.example'], hasToken: true });
    expect(await partners.findBySlug(alpha, 'edri')).toEqual(created);
    expect(await partners.findByTokenHash(bytes32('edri'))).toEqual(created);
  });

  it('refuses a slug taken on the same initiative only', async () => {
    await make(alpha, 'edri');
    expect(await make(alpha, 'edri', 'other')).toBeNull();
    expect(await make(beta, 'edri', 'other')).toMatchObject({ initiativeId: beta, slug: 'edri' });
  });

  it('refuses a slug outside the format and a token hash another partner holds', async () => {
    await expect(make(alpha, 'Not A Slug', 'x')).rejects.toThrow();
    await make(alpha, 'edri');
    await expect(make(beta, 'other', 'edri')).rejects.toThrow();
  });

  it('lists the partners of one initiative by slug', async () => {
    await make(alpha, 'zeta');
    await make(beta, 'beta');
    await make(alpha, 'alpha');
    expect((await partners.list(alpha)).map((p) => p.slug)).toEqual(['alpha', 'zeta']);
    expect(await partners.list(nobody)).toEqual([]);
    expect(await partners.findBySlug(beta, 'zeta')).toBeNull();
  });

  it('replaces the token: the old one opens nothing, the new one the partner', async () => {
    const created = await make(alpha, 'edri');
    await partners.setToken(created!.id, bytes32('new'));
    expect(await partners.findByTokenHash(bytes32('edri'))).toBeNull();
    expect(await partners.findByTokenHash(bytes32('new'))).toEqual(created);
  });

  it('revokes the token, and a new token after a revocation works again', async () => {
    const created = await make(alpha, 'edri');
    await partners.revokeToken(created!.id);
    await partners.revokeToken(created!.id);
    expect(await partners.findByTokenHash(bytes32('edri'))).toBeNull();
    expect(await partners.findBySlug(alpha, 'edri')).toEqual({ ...created, hasToken: false });
    await partners.setToken(created!.id, bytes32('new'));
    expect(await partners.findBySlug(alpha, 'edri')).toEqual({ ...created, hasToken: true });
  });

  it('keeps a revoked token hash taken: no other partner gets it', async () => {
    const created = await make(alpha, 'edri');
    const other = await make(alpha, 'other');
    await partners.revokeToken(created!.id);
    await expect(partners.setToken(other!.id, bytes32('edri'))).rejects.toThrow();
  });

  it('replaces the allowed origins', async () => {
    const created = await make(alpha, 'edri');
    await partners.setAllowedOrigins(created!.id, ['https://c.example']);
    expect((await partners.findBySlug(alpha, 'edri'))?.allowedOrigins).toEqual(['https://c.example']);
    await partners.setAllowedOrigins(created!.id, []);
    expect((await partners.findBySlug(alpha, 'edri'))?.allowedOrigins).toEqual([]);
  });

  it('changes nothing for an unknown partner id, and refuses an id that is no uuid', async () => {
    await partners.setToken(nobody, bytes32('x'));
    await partners.revokeToken(nobody);
    await partners.setAllowedOrigins(nobody, []);
    expect(await partners.findByTokenHash(bytes32('x'))).toBeNull();
    await expect(partners.revokeToken('edri')).rejects.toThrow();
  });
}
