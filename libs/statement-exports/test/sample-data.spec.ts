import { validateStatement } from '@eci/rules';
import { INITIATIVE } from './fixtures';
import { collect, generateGreekStatements, generatePolishStatements, generatedCounts } from './sample-data';

const context = (signingDate: string) => ({ signingDate, collectionStart: INITIATIVE.collectionStart, collectionEnd: INITIATIVE.collectionEnd });

describe('generated sample statements', () => {
  it('are statements @eci/rules accepts unchanged (Polish, part B)', async () => {
    const items = await collect(generatePolishStatements(2000));
    expect(generatedCounts(2000)).toEqual({ online: items.filter((i) => i.channel === 'online').length, paper: items.filter((i) => i.channel === 'paper').length });
    for (const item of items) {
      const { part: _part, signingDate: _date, ...input } = item.statement;
      const result = validateStatement({ ...input, confirmIdFormat: item.idFormatConfirmed }, context(item.signedOn));
      expect(result).toEqual({ ok: true, statement: item.statement, idFormatConfirmed: item.idFormatConfirmed, postcodeConfirmed: false });
    }
    expect(items.some((item) => item.idFormatConfirmed)).toBe(true);
  });

  it('are statements @eci/rules accepts unchanged (Greek, part A)', async () => {
    for (const item of await collect(generateGreekStatements(300))) {
      const { part: _part, signingDate: _date, ...input } = item.statement;
      expect(validateStatement(input, context(item.signedOn))).toEqual({ ok: true, statement: item.statement, idFormatConfirmed: false, postcodeConfirmed: false });
    }
  });
});
