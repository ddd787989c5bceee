import { describe, expect, it } from 'vitest';
import { withLease } from '../../../api/locks/lease.ts';
import { readLastRun } from '../../../api/retention/retention.run.ts';
import { retentionLease, sweepEveryMs, sweepIfDue } from '../../../api/retention/retention.schedule.ts';
import { racingServer, testApp } from '../../helpers/app.ts';
import { sign } from '../../helpers/signatures.ts';

/**
 * Several app servers on one database, each with its own timer: the sweep runs on one of them
 * at a time, and once an interval, whichever server's timer fires first. (On PostgreSQL the
 * second server has its own connection; on SQLite it shares the first's, as racingServer says.)
 */

const day = 86_400_000;
const running = { stopping: () => false };

const sweptEntries = async (app: Awaited<ReturnType<typeof testApp>>) =>
  app.db.selectFrom('audit_log').select('detail').where('action', '=', 'retention.swept').execute();

describe('the retention sweep on two servers', () => {
  it('runs once when both servers’ timers fire together', async () => {
    const app = await testApp();
    const two = racingServer(app);
    for (const email of ['one@example.org', 'two@example.org', 'three@example.org']) await sign(app, { email });
    await app.sendAllMail();
    app.clock.advance(31 * day);

    const outcomes = await Promise.all([sweepIfDue(app.deps, running), sweepIfDue(two.deps, running)]);

    expect(outcomes.map((o) => o.outcome).sort()).toEqual([expect.stringMatching(/^(busy|not_due)$/), 'swept'].sort());
    const entries = await sweptEntries(app);
    expect(entries.map((e) => JSON.parse(e.detail!).unconfirmed_signatures)).toEqual([3]);
    expect(await app.rowCount('signatures')).toBe(0);
  });

  it('lets a server that finds another sweeping look again later, and sweeps only when the next run is due', async () => {
    const app = await testApp();
    const two = racingServer(app);
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    // Another server mid-sweep: it holds the lease until the test lets it go.
    const elsewhere = withLease(app.db, retentionLease, async () => {
      held();
      await finished;
    });
    await holding;
    expect(await sweepIfDue(two.deps, running)).toEqual({ outcome: 'busy' });
    finish();
    await elsewhere;

    expect((await sweepIfDue(two.deps, running)).outcome).toBe('swept');
    const first = await readLastRun(app.db);
    expect(first?.at).toBe(app.clock().toISOString());
    expect(await sweepIfDue(app.deps, running)).toEqual({ outcome: 'not_due' });

    app.clock.advance(sweepEveryMs);
    expect((await sweepIfDue(app.deps, running)).outcome).toBe('swept');
    expect((await readLastRun(two.deps.db))?.at).toBe(app.clock().toISOString());
  });
});
