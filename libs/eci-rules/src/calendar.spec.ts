import { addDays, addMonths, brusselsDay } from './calendar';

describe('calendar days', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-11-23', 12)).toBe('2027-11-23');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-06-01', 21)).toBe('2028-03-01');
  });

  it('adds days across months and years', () => {
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('dates by the Brussels calendar, across midnight and summer time', () => {
    expect(brusselsDay(new Date('2026-11-23T22:59:59Z'))).toBe('2026-11-23');
    expect(brusselsDay(new Date('2026-11-23T23:00:00Z'))).toBe('2026-11-24');
    expect(brusselsDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(brusselsDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
