import { RULES_VERSION } from '@eci/rules';
import { CREATED_AT, EL_STATEMENTS, INITIATIVE, PL_STATEMENTS, signed } from '../../test/fixtures';
import { memberStateInfo, memberStateRule } from '../member-state';
import type { ExportStatement } from '../types';
import { readSupportFormXml, SupportFormReadError } from './support-form-reader';
import { SupportFormXmlWriter } from './support-form-writer';
import { validateSupportFormXml } from './validate-support-form';
import { escapeXml, XmlCharacterError } from './xml-text';

async function writeXml(country: string, statements: readonly ExportStatement[]): Promise<string> {
  const chunks: string[] = [];
  const writer = new SupportFormXmlWriter({ write: async (text) => void chunks.push(text) });
  await writer.start({ initiative: INITIATIVE, memberState: memberStateInfo(memberStateRule(country)), rulesVersion: RULES_VERSION, createdAt: CREATED_AT });
  for (const statement of statements) await writer.addSignature(statement);
  await writer.end();
  return chunks.join('');
}

const withoutRulesVersion = ({ rulesVersion: _ignored, ...rest }: ExportStatement) => rest;

describe('support-form XML', () => {
  it('uses the OCS property names, grouped as the OCS grouped them', async () => {
    const xml = await writeXml('PL', PL_STATEMENTS.slice(0, 1));
    const person = PL_STATEMENTS[0] as ExportStatement;
    expect(xml).toContain('<forCountry>PL</forCountry>');
    expect(xml).toContain('<group name="general">');
    expect(xml).toContain(`<property key="full.first.names">${person.statement.fullFirstNames}</property>`);
    expect(xml).toContain(`<property key="family.names">${person.statement.familyNames}</property>`);
    expect(xml).toContain('<group name="id">');
    expect(xml).toMatch(/<property key="national\.id\.number">\d{11}<\/property>/);
    expect(xml).toContain('<formatConfirmed>false</formatConfirmed>');

    const greek = await writeXml('GR', EL_STATEMENTS.slice(0, 1));
    expect(greek).toContain('<forCountry>EL</forCountry>');
    expect(greek).toContain('<annexPart>A</annexPart>');
    expect(greek).toContain('<property key="date.of.birth">1985-08-15</property>');
    expect(greek).toContain('<group name="address">');
    expect(greek).toContain('<property key="country">EL</property>');
    expect(greek).toContain('<property key="postal.code">105 57</property>');
  });

  it('escapes markup characters and reads them back', async () => {
    const tricky = signed({
      nationality: 'FR', fullFirstNames: 'Zoé <b> & "Lou"', familyNames: "O'Neil & Fils", dateOfBirth: '1990-01-02',
      street: 'Rue <des> Lilas', streetNumber: '1&2', postalCode: '75002', city: 'Paris', residenceCountry: 'FR',
    });
    const xml = await writeXml('FR', [tricky]);
    expect(xml).toContain('Zoé &lt;b&gt; &amp; &quot;Lou&quot;');
    expect(await validateSupportFormXml(xml)).toEqual({ valid: true, errors: [] });
    expect(readSupportFormXml(xml).signatures).toEqual([withoutRulesVersion(tricky)]);
  });

  it('refuses characters XML 1.0 cannot carry', () => {
    expect(escapeXml('Łódź')).toBe('Łódź');
    expect(() => escapeXml('bad\uFFFFvalue')).toThrow(XmlCharacterError);
    expect(() => escapeXml('bad\u0001value')).toThrow(XmlCharacterError);
  });

  describe('the XSD', () => {
    let valid: string;
    beforeAll(async () => {
      valid = await writeXml('PL', PL_STATEMENTS);
    });

    it('accepts the writer’s output', async () => {
      expect(await validateSupportFormXml(valid)).toEqual({ valid: true, errors: [] });
    });

    it.each([
      ['an ISO code where the EU code belongs', (xml: string) => xml.replace('<forCountry>PL</forCountry>', '<forCountry>GR</forCountry>')],
      ['a malformed statement id', (xml: string) => xml.replace(/<signatureIdentifier>[^<]+</, '<signatureIdentifier>not-a-uuid<')],
      ['an upper-case statement id', (xml: string) => xml.replace(/<signatureIdentifier>([^<]+)</, (_m, id: string) => `<signatureIdentifier>${id.toUpperCase()}<`)],
      ['an impossible date', (xml: string) => xml.replace(/<submissionDate>[^<]+</, '<submissionDate>2026-02-30<')],
      ['a date with a time', (xml: string) => xml.replace(/<submissionDate>([^<]+)</, '<submissionDate>$1T10:00:00<')],
      ['an unknown property key', (xml: string) => xml.replace('key="family.names"', 'key="nickname"')],
      ['an unknown group', (xml: string) => xml.replace('<group name="id">', '<group name="extra">')],
      ['a property twice', (xml: string) => xml.replace(/(<property key="family\.names">[^<]*<\/property>)/, '$1$1')],
      ['a blank value', (xml: string) => xml.replace(/(<property key="family\.names">)[^<]*</, '$1 <')],
      ['a missing formatConfirmed', (xml: string) => xml.replace(/\s*<formatConfirmed>[^<]+<\/formatConfirmed>/, '')],
      ['a non-boolean flag', (xml: string) => xml.replace('<formatConfirmed>false<', '<formatConfirmed>maybe<')],
      ['the same statement twice', (xml: string) => xml.replace(/(<signature>[\s\S]*?<\/signature>\n)/, '$1    $1')],
      ['a bad registration number', (xml: string) => xml.replace(INITIATIVE.registrationNumber, 'ECI-2026-42')],
      ['an unknown language', (xml: string) => xml.replace('<title lang="pl">', '<title lang="xx">')],
      ['an unknown element', (xml: string) => xml.replace('<signatures>', '<signatures><note>x</note>')],
      ['an unknown channel', (xml: string) => xml.replace('<collectionChannel>online<', '<collectionChannel>email<')],
    ])('rejects %s', async (_what, corrupt) => {
      const broken = corrupt(valid);
      expect(broken).not.toBe(valid);
      const result = await validateSupportFormXml(broken);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    });
  });

  it('reads back what it wrote and refuses what it does not understand', async () => {
    const xml = await writeXml('GR', EL_STATEMENTS);
    const document = readSupportFormXml(xml);
    expect(document.signatures).toEqual(EL_STATEMENTS.map(withoutRulesVersion));
    expect(document.createdAt).toBe(CREATED_AT.toISOString());
    expect(() => readSupportFormXml('<supportForm><![CDATA[x]]></supportForm>')).toThrow(SupportFormReadError);
    expect(() => readSupportFormXml('<supportForm><a></b></supportForm>')).toThrow(SupportFormReadError);
    expect(() => readSupportFormXml('<other/>')).toThrow(SupportFormReadError);
  });
});
