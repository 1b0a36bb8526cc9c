import { API_ERROR_CODES } from './error-codes';
import { ERROR_STATUS, STATEMENT_ERROR_STATUS, statusOf } from './error-status';

describe('the status of each error code', () => {
  it('gives every API code a 4xx or 5xx status', () => {
    for (const code of API_ERROR_CODES) {
      expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(ERROR_STATUS[code]).toBeLessThan(600);
    }
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...API_ERROR_CODES].sort());
  });

  it('answers statement codes with 422, a closed collection with 409', () => {
    expect(statusOf({ field: 'lastName', code: 'required' })).toBe(STATEMENT_ERROR_STATUS);
    expect(statusOf({ field: 'birthDate', code: 'too_young' })).toBe(422);
    for (const code of ['collection_not_started', 'collection_ended', 'collection_closed_early', 'online_through_cocs']) expect(statusOf({ field: null, code })).toBe(409);
  });

  it('answers an unknown country in the path with 404 and in a statement with 422', () => {
    expect(statusOf({ field: 'country', code: 'unknown_country' })).toBe(404);
    expect(statusOf({ field: 'nationality', code: 'unknown_country' })).toBe(422);
    expect(statusOf({ field: 'residenceCountry', code: 'unknown_country' })).toBe(422);
  });

  it('decides API codes by the code alone, whatever the field', () => {
    expect(statusOf({ field: 'slug', code: 'format' })).toBe(422);
    expect(statusOf({ field: 'slug', code: 'initiative_not_found' })).toBe(404);
    expect(statusOf({ field: null, code: 'unknown_field' })).toBe(422);
    expect(statusOf({ field: null, code: 'invalid_text' })).toBe(400);
    expect(statusOf({ field: null, code: 'outcome_unknown' })).toBe(503);
  });
});
