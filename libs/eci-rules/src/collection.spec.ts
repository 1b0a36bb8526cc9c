import { collectionState, collectionWindow, isCollecting, kickOffProblem, latestKickOff, retentionDeadline, validStatementDays } from './collection';

describe('the collection period', () => {
  it('lasts twelve months, ending the day before the anniversary', () => {
    expect(collectionWindow('2026-06-01')).toEqual({ start: '2026-06-01', end: '2027-05-31' });
    expect(collectionWindow('2026-11-23')).toEqual({ start: '2026-11-23', end: '2027-11-22' });
    expect(collectionWindow('2026-01-01')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('ends on a month end when it starts on the first of a month', () => {
    expect(collectionWindow('2025-03-01').end).toBe('2026-02-28');
    expect(collectionWindow('2023-03-01').end).toBe('2024-02-29');
    expect(collectionWindow('2024-03-01').end).toBe('2025-02-28');
    expect(collectionWindow('2026-05-01').end).toBe('2027-04-30');
  });

  it('starting on a month end, ends the day before the same date a year later', () => {
    expect(collectionWindow('2026-01-31').end).toBe('2027-01-30');
    expect(collectionWindow('2026-04-30').end).toBe('2027-04-29');
    expect(collectionWindow('2026-12-31').end).toBe('2027-12-30');
    expect(collectionWindow('2024-02-28').end).toBe('2025-02-27');
  });

  it('starting on 29 February, ends on 28 February (no 29th in the last month)', () => {
    expect(collectionWindow('2024-02-29')).toEqual({ start: '2024-02-29', end: '2025-02-28' });
    // A leap day inside the period does not shorten it.
    expect(collectionWindow('2027-03-15').end).toBe('2028-03-14');
  });

  it('collects from the first to the last day, both included', () => {
    const window = { start: '2026-06-01', end: '2027-05-31' };
    expect(isCollecting('2026-05-31', window)).toBe(false);
    expect(isCollecting('2026-06-01', window)).toBe(true);
    expect(isCollecting('2026-12-31', window)).toBe(true);
    expect(isCollecting('2027-01-01', window)).toBe(true);
    expect(isCollecting('2027-05-31', window)).toBe(true);
    expect(isCollecting('2027-06-01', window)).toBe(false);
  });

  it('collects on 29 February of a leap year inside the period', () => {
    const window = collectionWindow('2024-02-29');
    expect(isCollecting('2024-02-28', window)).toBe(false);
    expect(isCollecting('2024-02-29', window)).toBe(true);
    expect(isCollecting('2025-02-28', window)).toBe(true);
    expect(isCollecting('2025-03-01', window)).toBe(false);
  });

  it('never collects on a day that is not a real YYYY-MM-DD day', () => {
    const window = { start: '2026-06-01', end: '2027-05-31' };
    for (const day of ['2026-06-31', '2026-13-01', '2026-6-15', '2026-06-15T12:00', '', '2027-02-29']) {
      expect({ day, collecting: isCollecting(day, window) }).toEqual({ day, collecting: false });
    }
    expect(isCollecting('2026-07-01', { start: '2026-02-30', end: '2027-05-31' })).toBe(false);
  });
});

describe('the retention deadline', () => {
  it('falls 21 months after the collection starts', () => {
    expect(retentionDeadline('2026-06-01')).toBe('2028-03-01');
    expect(retentionDeadline('2026-11-23')).toBe('2028-08-23');
  });

  it('clamps to the month end across February and 30-day months', () => {
    expect(retentionDeadline('2026-05-31')).toBe('2028-02-29');
    expect(retentionDeadline('2025-05-31')).toBe('2027-02-28');
    expect(retentionDeadline('2026-01-31')).toBe('2027-10-31');
    expect(retentionDeadline('2026-03-31')).toBe('2027-12-31');
    expect(retentionDeadline('2026-08-31')).toBe('2028-05-31');
    expect(retentionDeadline('2026-06-30')).toBe('2028-03-30');
    expect(retentionDeadline('2026-07-31')).toBe('2028-04-30');
  });

  it('from 29 February, lands on the 29th when the month has one', () => {
    expect(retentionDeadline('2024-02-29')).toBe('2025-11-29');
    expect(retentionDeadline('2028-02-29')).toBe('2029-11-29');
  });
});

describe('kick-off and the state of a collection period', () => {
  // paper-and-procedure.md §4: "The organisers choose the kick-off date: at the latest 6 months after
  // registration ... Collection then runs for 12 months" [P1]; "Early closure is allowed at any time" [P2].
  it('the kick-off is at most 6 months after registration, across month ends and 29 February', () => {
    expect(latestKickOff('2025-01-15')).toBe('2025-07-15');
    expect(latestKickOff('2025-08-31')).toBe('2026-02-28');
    expect(latestKickOff('2023-08-31')).toBe('2024-02-29');
    expect(kickOffProblem('2025-01-15', '2025-07-15')).toBeNull();
    expect(kickOffProblem('2025-01-15', '2025-07-16')).toBe('too_late');
    expect(kickOffProblem('2025-01-15', '2025-01-14')).toBe('before_registration');
    expect(kickOffProblem('2025-01-15', '2025-01-15')).toBeNull();
  });

  const period = { ...collectionWindow('2026-03-01'), closedEarlyOn: null };

  it('the day before the kick-off, the kick-off, the last day, the day after', () => {
    expect(period.end).toBe('2027-02-28');
    expect(collectionState('2026-02-28', period)).toBe('not-started');
    expect(collectionState('2026-03-01', period)).toBe('collecting');
    expect(collectionState('2027-02-28', period)).toBe('collecting');
    expect(collectionState('2027-03-01', period)).toBe('ended');
  });

  it('an early closure refuses from its day on, and ends the valid days there', () => {
    const closed = { ...period, closedEarlyOn: '2026-09-10' };
    expect(collectionState('2026-09-09', closed)).toBe('collecting');
    expect(collectionState('2026-09-10', closed)).toBe('closed-early');
    expect(collectionState('2027-03-05', closed)).toBe('closed-early');
    expect(validStatementDays(closed)).toEqual({ start: '2026-03-01', end: '2026-09-10' });
    expect(validStatementDays(period)).toEqual({ start: '2026-03-01', end: '2027-02-28' });
  });
});
