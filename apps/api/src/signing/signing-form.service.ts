import { Inject, Injectable } from '@nestjs/common';
import { CERTIFICATION_FIELD, type SigningForm } from '@eci/api-contract';
import { formFor } from '@eci/rules';
import type { i18n } from 'i18next';
import { DomainError } from '../platform/errors/domain-error';
import { I18N } from '../platform/i18n/i18n.module';

/** What the statement form asks a national of `country`, from the rules library, labelled in `lang`. */
@Injectable()
export class SigningFormService {
  constructor(@Inject(I18N) private readonly i18n: i18n) {}

  describe(country: string, lang: string): Omit<SigningForm, 'collectionState' | 'online'> {
    const form = formFor(country);
    if (!form) throw DomainError.of('unknown_country', 'country');
    const t = (key: string) => this.i18n.t(key, { lng: lang });
    return {
      country: form.country,
      part: form.part,
      minAge: form.minAge,
      // Nationality is the form's premise (the path), not one of its fields.
      fields: form.fields.filter((f) => f.name !== 'nationality').map((f) => ({ name: f.name, required: f.required, label: t(f.labelKey), hint: t(f.hintKey) })),
      documents: form.documents.map((d) => ({ type: d.type, label: t(d.labelKey), hint: t(d.hintKey) })),
      certification: { field: CERTIFICATION_FIELD, statement: t('certification.statement') },
    };
  }
}
