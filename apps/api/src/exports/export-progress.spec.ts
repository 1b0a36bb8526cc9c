import { AdjustableClock } from '../../test/fixtures/adjustable-clock';
import { refusalItems } from '../../test/fixtures/refusals';
import { ExportProgressTracker, PROGRESS_TTL_MS, TRACKED_EXPORTS } from './export-progress';

const ada = 'account:0b6f1f0e-9a57-4c38-9d1b-6a3c1f3d2e11' as const;
const bob = 'account:0b6f1f0e-9a57-4c38-9d1b-6a3c1f3d2e12' as const;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('ExportProgressTracker', () => {
  it('starts at unlocking, keeps the counts it is not given, and answers only the owner on the initiative', () => {
    const tracker = new ExportProgressTracker(new AdjustableClock());
    tracker.begin(uuid(1), ada, 'demo');
    expect(tracker.read(uuid(1), ada, 'demo')).toEqual({ stage: 'unlocking', done: 0, total: 0 });
    tracker.report(uuid(1), 'reading', { done: 0, total: 7 });
    tracker.report(uuid(1), 'reading', { done: 5 });
    tracker.report(uuid(1), 'pdf');
    expect(tracker.read(uuid(1), ada, 'demo')).toEqual({ stage: 'pdf', done: 5, total: 7 });
    expect(tracker.read(uuid(1), bob, 'demo')).toBeNull();
    expect(tracker.read(uuid(1), ada, 'other')).toBeNull();
    // A copy: the reader cannot change what is tracked.
    const read = tracker.read(uuid(1), ada, 'demo') as { stage: string };
    read.stage = 'done';
    expect(tracker.read(uuid(1), ada, 'demo')).toMatchObject({ stage: 'pdf' });
  });

  it('refuses an id already tracked (whatever its case), and ignores reports for ids it does not track', async () => {
    const tracker = new ExportProgressTracker(new AdjustableClock());
    tracker.begin(uuid(1).replace('4000', '4abc'), ada, 'demo');
    expect(await refusalItems(Promise.resolve().then(() => tracker.begin(uuid(1).replace('4000', '4ABC'), bob, 'demo')))).toEqual([{ field: 'X-Export-Id', code: 'conflict' }]);
    tracker.report(uuid(2), 'done');
    expect(tracker.size).toBe(1);
    expect(tracker.read(uuid(2), ada, 'demo')).toBeNull();
  });

  it('forgets an export PROGRESS_TTL_MS after its last change, not before', () => {
    const clock = new AdjustableClock();
    const tracker = new ExportProgressTracker(clock);
    tracker.begin(uuid(1), ada, 'demo');
    clock.advance(PROGRESS_TTL_MS - 1);
    tracker.report(uuid(1), 'done');
    clock.advance(PROGRESS_TTL_MS - 1);
    expect(tracker.read(uuid(1), ada, 'demo')).toMatchObject({ stage: 'done' });
    clock.advance(1);
    expect(tracker.read(uuid(1), ada, 'demo')).toBeNull();
    expect(tracker.size).toBe(0);
    // Forgotten, its id may be used again.
    tracker.begin(uuid(1), ada, 'demo');
  });

  it('keeps at most TRACKED_EXPORTS, forgetting the least recently changed', () => {
    const clock = new AdjustableClock();
    const tracker = new ExportProgressTracker(clock);
    for (let i = 0; i < TRACKED_EXPORTS; i++) {
      tracker.begin(uuid(i), ada, 'demo');
      clock.advance(1);
    }
    tracker.report(uuid(0), 'reading', { done: 1, total: 2 }); // changed last: kept
    clock.advance(1);
    tracker.begin(uuid(TRACKED_EXPORTS), ada, 'demo');
    expect(tracker.size).toBe(TRACKED_EXPORTS);
    expect(tracker.read(uuid(1), ada, 'demo')).toBeNull();
    expect(tracker.read(uuid(0), ada, 'demo')).toEqual({ stage: 'reading', done: 1, total: 2 });
    expect(tracker.read(uuid(TRACKED_EXPORTS), ada, 'demo')).toMatchObject({ stage: 'unlocking' });
  });
});
