import { describe, expect, it } from 'vitest';
import { withLease, withLeaseIfFree } from '../../../api/locks/lease.ts';
import { withLetterLock } from '../../../api/snapshots/letter.lock.ts';
import { openLetter } from '../../helpers/app.ts';
import { anotherConnection, freshDb } from '../../helpers/db.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A piece of work that runs until the test lets it finish, and says when it started. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const state = { started: false };
  const work = async () => {
    state.started = true;
    await opened;
  };
  return { work, open, state };
}

/** Two app servers on one database: each its own connection, as two machines would have. */
async function twoServers() {
  const fresh = await freshDb();
  return { fresh, one: fresh.db, two: anotherConnection(fresh) };
}

describe("a letter's lock, held across every app server on the database", () => {
  it('makes a second server wait while the first works, and lets it in as soon as the first is done', async () => {
    const { one, two } = await twoServers();
    const first = gate();
    const second = gate();
    const held = withLetterLock(one, openLetter, first.work);
    await sleep(50);
    const waiting = withLetterLock(two, openLetter, second.work);
    await sleep(300);
    expect(first.state.started).toBe(true);
    expect(second.state.started).toBe(false);

    first.open();
    await held;
    second.open();
    await waiting;
    expect(second.state.started).toBe(true);
    expect(await one.selectFrom('locks').selectAll().execute()).toEqual([]);
  });

  it('keeps letters apart: a lock on one letter never holds up another', async () => {
    const { one, two } = await twoServers();
    const first = gate();
    const held = withLetterLock(one, openLetter, first.work);
    await sleep(50);
    expect(await withLetterLock(two, 'co-production-at-the-heart', async () => 'done')).toBe('done');
    first.open();
    await held;
  });

  it('is let go when the work fails, so the next server is not locked out', async () => {
    const { one, two } = await twoServers();
    await expect(withLetterLock(one, openLetter, async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await withLetterLock(two, openLetter, async () => 'next')).toBe('next');
  });
});

describe('a lease', () => {
  it('is taken over from a server that died holding it, once it has expired', async () => {
    const { one, two } = await twoServers();
    // What a server killed mid-work leaves behind: its lease, never released, running out soon.
    await one
      .insertInto('locks')
      .values({ name: `letter:${openLetter}`, holder: 'a server that died', expires_at: new Date(Date.now() + 400).toISOString() })
      .execute();
    const started = Date.now();
    expect(await withLetterLock(two, openLetter, async () => 'taken over')).toBe('taken over');
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('is renewed while a long piece of work runs, so no other server takes it over meanwhile', async () => {
    const { one, two } = await twoServers();
    const leaseMs = 300;
    const first = gate();
    const second = gate();
    const held = withLease(one, 'long job', first.work, leaseMs);
    await sleep(50);
    const waiting = withLease(two, 'long job', second.work, leaseMs);
    // Three leases' time: without renewal the second server would have taken it twice over.
    await sleep(3 * leaseMs);
    expect(second.state.started).toBe(false);

    first.open();
    await held;
    second.open();
    await waiting;
    expect(second.state.started).toBe(true);
  });

  it('can be asked for without waiting: a server that finds it held is told so at once, and gets it once it is free', async () => {
    const { one, two } = await twoServers();
    const first = gate();
    const held = withLease(one, 'hourly job', first.work);
    await sleep(50);
    const second = gate();
    expect(await withLeaseIfFree(two, 'hourly job', second.work)).toBeUndefined();
    expect(second.state.started).toBe(false);

    first.open();
    await held;
    second.open();
    await withLeaseIfFree(two, 'hourly job', second.work);
    expect(second.state.started).toBe(true);
    expect(await one.selectFrom('locks').selectAll().execute()).toEqual([]);
  });
});
