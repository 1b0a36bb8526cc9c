import { notesFor, type CountryForm, type InputField } from '@eci/rules';
import { TextField } from '../forms/text-field';
import { useI18n } from '../i18n/i18n-context';
import { CheckboxField } from '../forms/checkbox-field';
import { DateField } from './date-of-birth-field';
import { DocumentFields } from './document-fields';
import { ResidenceCountryField } from './residence-country-field';
import type { StatementForm } from './use-statement-form';

/** Autofill purposes (WCAG 1.3.5) and widths of the text fields. */
const TEXT_FIELDS: Partial<Record<InputField, { autocomplete: string; width?: string }>> = {
  fullFirstNames: { autocomplete: 'given-name' },
  familyNames: { autocomplete: 'family-name' },
  street: { autocomplete: 'address-line1' },
  streetNumber: { autocomplete: 'off', width: 'input--w5' },
  postalCode: { autocomplete: 'postal-code', width: 'input--w10' },
  city: { autocomplete: 'address-level2', width: 'input--w20' },
};

/** Exactly the fields the rules ask of this nationality (Annex III part A or B), in their order. */
export function PersonalFields({ form, model }: { form: CountryForm; model: StatementForm }) {
  const { t } = useI18n();
  const notes = notesFor(model.input);
  return (
    <>
      {form.fields.map((field) => {
        const common = {
          label: t(field.labelKey),
          hint: t(field.hintKey),
          value: model.values[field.name] ?? '',
          errors: model.messagesFor(field.name),
          onBlur: (event: FocusEvent) => model.leave(field.name, event.relatedTarget),
        };
        switch (field.name) {
          case 'nationality':
          case 'idDocumentType':
          case 'confirmIdFormat':
            return null; // asked above, or part of the document fields
          case 'confirmPostcode':
            return model.offerPostcodeConfirmation ? (
              <CheckboxField
                key={field.name}
                name={field.name}
                label={t(field.labelKey)}
                hint={t(field.hintKey)}
                checked={model.confirmPostcode}
                errors={model.messagesFor(field.name)}
                onChange={(checked) => model.setConfirmPostcode(checked)}
              />
            ) : null;
          case 'dateOfBirth':
            return (
              <DateField
                key={field.name}
                name={field.name}
                legend={common.label}
                hint={common.hint}
                parts={model.dateParts}
                errors={common.errors}
                onInput={(part, value) => model.setDatePart(part, value)}
                onLeave={common.onBlur}
              />
            );
          case 'idDocumentNumber':
            return <DocumentFields key={field.name} form={form} model={model} />;
          case 'residenceCountry':
            return (
              <div key={field.name}>
                <ResidenceCountryField {...common} onChange={(value) => model.setValue(field.name, value)} />
                {notes.map((key) => (
                  <div class="inset inset--note" key={key}>
                    <p>{t(key)}</p>
                  </div>
                ))}
              </div>
            );
          default: {
            const style = TEXT_FIELDS[field.name] ?? { autocomplete: 'off' };
            return (
              <TextField
                key={field.name}
                name={field.name}
                {...common}
                onInput={(value) => model.setValue(field.name, value)}
                autocomplete={style.autocomplete}
                width={style.width}
              />
            );
          }
        }
      })}
    </>
  );
}
