import { fieldHintKey, fieldLabelKey, type CountryForm } from '@eci/rules';
import { CheckboxField } from '../forms/checkbox-field';
import { RadioGroup } from '../forms/radio-group';
import { TextField } from '../forms/text-field';
import { useI18n } from '../i18n/i18n-context';
import type { StatementForm } from './use-statement-form';

/**
 * Part B: which document (radios, when the Member State accepts several) and its number, with the
 * national document names and format hints of the rules library. When the rules doubt the number
 * (format or check digit), the signatory may confirm it.
 */
export function DocumentFields({ form, model }: { form: CountryForm; model: StatementForm }) {
  const { t } = useI18n();
  const single = form.documents.length === 1 ? form.documents[0] : undefined;
  const chosen = single ?? form.documents.find((doc) => doc.type === model.values.idDocumentType);
  return (
    <>
      {!single && (
        <RadioGroup
          name="idDocumentType"
          legend={t(fieldLabelKey('idDocumentType'))}
          hint={t(fieldHintKey('idDocumentType'))}
          value={model.values.idDocumentType ?? ''}
          options={form.documents.map((doc) => ({ value: doc.type, label: t(doc.labelKey), hint: t(doc.hintKey) }))}
          errors={model.messagesFor('idDocumentType')}
          onChange={(value) => model.setValue('idDocumentType', value)}
          onBlur={(event) => model.leave('idDocumentType', event.relatedTarget)}
        />
      )}
      <TextField
        name="idDocumentNumber"
        label={single ? t(single.labelKey) : t(fieldLabelKey('idDocumentNumber'))}
        hint={
          <>
            {chosen && <span class="hint__format">{t(chosen.hintKey)}</span>} {t(fieldHintKey('idDocumentNumber'))}
          </>
        }
        value={model.values.idDocumentNumber ?? ''}
        errors={model.messagesFor('idDocumentNumber')}
        onInput={(value) => model.setValue('idDocumentNumber', value)}
        onBlur={(event) => model.leave('idDocumentNumber', event.relatedTarget)}
        width="input--w20"
      />
      {model.offerConfirmation && (
        <CheckboxField
          name="confirmIdFormat"
          label={t(fieldLabelKey('confirmIdFormat'))}
          hint={t(fieldHintKey('confirmIdFormat'))}
          checked={model.confirmIdFormat}
          errors={model.messagesFor('confirmIdFormat')}
          onChange={(checked) => model.setConfirmIdFormat(checked)}
        />
      )}
    </>
  );
}
