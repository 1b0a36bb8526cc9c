import { useMemo } from 'preact/hooks';
import { SelectField } from '../forms/select-field';
import { useI18n } from '../i18n/i18n-context';
import { residenceCountryCodes } from '../i18n/country-names';
import { sortByLabel } from '../i18n/format';

export interface ResidenceCountryFieldProps {
  label: string;
  hint: string;
  value: string;
  errors: string[];
  onChange(code: string): void;
  /** Leaving the field (the event tells where the focus goes). */
  onBlur(event: FocusEvent): void;
}

/** Any country of the world (a Part A signatory may live outside the EU), named in the page language. */
export function ResidenceCountryField(props: ResidenceCountryFieldProps) {
  const { t, lang, countryName } = useI18n();
  const options = useMemo(() => sortByLabel(lang, residenceCountryCodes().map((code) => ({ value: code, label: countryName(code) }))), [lang, countryName]);
  return (
    <SelectField
      name="residenceCountry"
      label={props.label}
      hint={props.hint}
      value={props.value}
      options={options}
      placeholder={t('page.form.chooseCountry')}
      errors={props.errors}
      onChange={props.onChange}
      onBlur={props.onBlur}
      autocomplete="country"
    />
  );
}
