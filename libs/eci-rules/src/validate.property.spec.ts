import fc from 'fast-check';
import { CONTEXT, EXAMPLES, validInput } from '../test/examples';
import { INPUT_FIELDS, MEMBER_STATES, identityKey, validateStatement, type CountryCode, type ValidationResult } from '.';

const isWellFormed = (result: ValidationResult): boolean =>
  result.ok ? typeof result.idFormatConfirmed === 'boolean' : Array.isArray(result.errors) && result.errors.length > 0;

const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.anything(),
  fc.constantFrom(null, undefined, true, false, 0, NaN, '', '  ', 'EL', 'DE', 'passport', '1990-01-01'),
);

describe('validateStatement never throws (property)', () => {
  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, context) => isWellFormed(validateStatement(input, context as never))),
      { numRuns: 1000 },
    );
  });

  it('on statement-shaped objects with arbitrary values', () => {
    const shaped = fc.record(Object.fromEntries(INPUT_FIELDS.map((f) => [f, anyValue])), { requiredKeys: [] });
    fc.assert(
      fc.property(shaped, fc.constantFrom(...MEMBER_STATES), (input, country) => {
        return isWellFormed(validateStatement({ nationality: country, ...input }, CONTEXT)) && isWellFormed(validateStatement(input, CONTEXT));
      }),
      { numRuns: 1000 },
    );
  });

  it('on valid statements with one field replaced by anything', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEMBER_STATES), fc.constantFrom(...INPUT_FIELDS), anyValue, (country, field, value) => {
        return isWellFormed(validateStatement({ ...validInput(country), [field]: value }, CONTEXT));
      }),
      { numRuns: 1000 },
    );
  });

  it('on unicode names: always accepted when non-empty, and validation of the result is idempotent', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => /[\p{L}\p{N}]/u.test(s));
    fc.assert(
      fc.property(fc.constantFrom(...MEMBER_STATES), name, name, (country: CountryCode, first, family) => {
        const result = validateStatement({ ...validInput(country), fullFirstNames: first, familyNames: family }, CONTEXT);
        if (!result.ok) return false;
        const { part: _part, signingDate: _date, ...again } = result.statement;
        const second = validateStatement(again, CONTEXT);
        return second.ok && JSON.stringify(second.statement) === JSON.stringify(result.statement) && identityKey(second.statement) === identityKey(result.statement);
      }),
      { numRuns: 500 },
    );
  });
});

it('every example is a statement of its own part', () => {
  for (const country of MEMBER_STATES) expect(EXAMPLES[country].part).toMatch(/^[AB]$/);
});
