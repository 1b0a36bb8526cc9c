import { createTranslator } from '../platform/i18n/message-catalog';
import { DomainError } from '../platform/errors/domain-error';
import { SigningFormService } from './signing-form.service';

describe('SigningFormService', () => {
  const i18n = createTranslator();
  const forms = new SigningFormService(i18n);
  const names = (country: string) => forms.describe(country, 'en').fields.map((f) => f.name);

  it('asks a national of a part A country for names, date of birth and address, and no document', () => {
    const form = forms.describe('FR', 'en');

    expect(form).toMatchObject({ country: 'FR', part: 'A', minAge: 18, documents: [] });
    expect(names('FR')).toEqual(['fullFirstNames', 'familyNames', 'street', 'streetNumber', 'postalCode', 'city', 'residenceCountry', 'dateOfBirth', 'confirmPostcode']);
    // The postcode depends on the country of residence (some have none), and its confirmation only
    // overrides a doubted postcode: neither is required by the form itself.
    expect(form.fields.filter((f) => !f.required).map((f) => f.name)).toEqual(['postalCode', 'confirmPostcode']);
  });

  it('asks a national of a part B country for names and a personal identification number of its list', () => {
    const form = forms.describe('PL', 'en');

    expect(form).toMatchObject({ country: 'PL', part: 'B', minAge: 18 });
    expect(form.fields.map(({ name, required }) => ({ name, required }))).toEqual([
      { name: 'fullFirstNames', required: true },
      { name: 'familyNames', required: true },
      { name: 'idDocumentType', required: true },
      { name: 'idDocumentNumber', required: true },
      { name: 'confirmIdFormat', required: false },
    ]);
    expect(form.documents.map((d) => d.type)).toEqual(['national.id.number']);
  });

  it("asks every signatory for the Annex III certification, in the Commission's words of the language", () => {
    expect(forms.describe('FR', 'en').certification).toEqual({
      field: 'certified',
      statement: 'I hereby certify that the information that I have provided in this form is correct and that I have not already supported this initiative.',
    });
    expect(forms.describe('PL', 'fr').certification.statement).toMatch(/^Je certifie par la présente/);
  });

  it('tells the minimum age of each Member State and the documents it accepts', () => {
    expect(forms.describe('AT', 'en')).toMatchObject({ part: 'B', minAge: 16 });
    expect(forms.describe('AT', 'en').documents.map((d) => d.type)).toEqual(['passport', 'id.card']);
    expect(forms.describe('GR', 'en')).toMatchObject({ country: 'GR', part: 'A', minAge: 17 });
    expect(forms.describe('DE', 'en')).toMatchObject({ part: 'A', minAge: 16 });
  });

  it('reads a country code in either case, and Greece by its ISO code and its EU code', () => {
    expect(forms.describe('fr', 'en')).toEqual(forms.describe('FR', 'en'));
    expect(forms.describe('EL', 'en')).toEqual(forms.describe('GR', 'en'));
  });

  it('never lists nationality: it is the form\'s premise', () => {
    for (const country of ['FR', 'PL', 'AT', 'EE', 'DE']) expect(names(country)).not.toContain('nationality');
  });

  it('refuses a country that is no Member State', () => {
    for (const country of ['XX', 'US', 'GB', '', 'F', 'FRA']) {
      let error: unknown;
      try {
        forms.describe(country, 'en');
      } catch (e) {
        error = e;
      }
      expect({ country, items: (error as DomainError | undefined)?.items }).toEqual({ country, items: [{ field: 'country', code: 'unknown_country' }] });
      expect(error).toBeInstanceOf(DomainError);
    }
  });

  it('labels the fields and documents in the language asked, from the catalog', () => {
    const english = forms.describe('PL', 'en');
    const french = forms.describe('PL', 'fr');

    expect(english.fields[0]).toEqual({ name: 'fullFirstNames', required: true, label: i18n.t('fields.fullFirstNames.label', { lng: 'en' }), hint: i18n.t('fields.fullFirstNames.hint', { lng: 'en' }) });
    expect(french.fields[0].label).toBe(i18n.t('fields.fullFirstNames.label', { lng: 'fr' }));
    expect(french.fields[0].label).not.toBe(english.fields[0].label);
    expect(french.documents[0].label).toBe(i18n.t('documents.PL.national_id_number.label', { lng: 'fr' }));
    for (const item of [...french.fields, ...french.documents]) {
      expect(item.label).not.toMatch(/^(fields|documents)\./);
      expect(item.hint).not.toMatch(/^(fields|documents)\./);
    }
  });

  it('labels in English for a language without a catalog', () => {
    expect(forms.describe('PL', 'xx')).toEqual(forms.describe('PL', 'en'));
  });
});
