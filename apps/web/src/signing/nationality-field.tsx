import { MEMBER_STATES, thresholdFor, type CountryForm, type ThresholdTableId } from '@eci/rules';
import { SelectField } from '../forms/select-field';
import { useI18n } from '../i18n/i18n-context';
import { sortByLabel } from '../i18n/format';

export interface NationalityFieldProps {
  value: string;
  form: CountryForm | undefined;
  thresholdTable: ThresholdTableId;
  errors: string[];
  onChange(code: string): void;
  /** Leaving the field (the event tells where the focus goes). */
  onBlur(event: FocusEvent): void;
}

/** The first question: the form depends on it. Member States in the page language's order. */
export function NationalityField({ value, form, thresholdTable, errors, onChange, onBlur }: NationalityFieldProps) {
  const { t, lang, countryName, formatNumber } = useI18n();
  const options = sortByLabel(
    lang,
    MEMBER_STATES.map((code) => ({ value: code, label: countryName(code) })),
  );
  const minimum = form ? thresholdFor(form.country, thresholdTable) : undefined;
  return (
    <>
      <SelectField
        name="nationality"
        label={t('fields.nationality.label')}
        hint={t('fields.nationality.hint')}
        value={value}
        options={options}
        placeholder={t('page.form.chooseCountry')}
        errors={errors}
        onChange={onChange}
        onBlur={onBlur}
      />
      {form && (
        <div class="inset" id="nationality-facts">
          <p>{t('page.form.minAge', { country: countryName(form.country), minAge: formatNumber(form.minAge) })}</p>
          {minimum !== undefined && <p>{t('page.form.threshold', { country: countryName(form.country), minimum: formatNumber(minimum) })}</p>}
        </div>
      )}
    </>
  );
}
