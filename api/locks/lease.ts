import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { log } from '../log/logger.ts';

/**
 * Work that must run on one app server at a time, across every server on the database, even
 * when it spans several transactions and files (freezing a list, amending its snapshots): a
 * row in `locks`, taken by one conditional statement, which both SQLite and PostgreSQL apply
 * atomically. A row-level or advisory lock would have to hold a transaction (or a pooled
 * connection) open across all of that work; a lease holds nothing but its row.
 *
 * The holder renews its lease while it works, so a long job keeps it; a server that dies
 * holding one stops renewing, and another takes it over once it expires. Expiry is on each
 * server's own wall clock (not the campaign clock, which tests freeze), so servers' clocks
 * must agree to within a few seconds of `leaseMs`, as NTP keeps them.
 */
export const leaseMs = 30_000;
const firstWaitMs = 10;
const longestWaitMs = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

/** True when this holder now has the lease: no one had it, or the one who had it let it expire. */
async function take(db: Db, name: string, holder: string, ms: number): Promise<boolean> {
  const taken = await db
    .insertInto('locks')
    .values({ name, holder, expires_at: isoIn(ms) })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet((eb) => ({ holder: eb.ref('excluded.holder'), expires_at: eb.ref('excluded.expires_at') }))
        .where('locks.expires_at', '<', new Date().toISOString()),
    )
    .returning('holder')
    .executeTakeFirst();
  return taken?.holder === holder;
}

async function renew(db: Db, name: string, holder: string, ms: number): Promise<boolean> {
  const { numUpdatedRows } = await db.updateTable('locks').set({ expires_at: isoIn(ms) }).where('name', '=', name).where('holder', '=', holder).executeTakeFirst();
  return numUpdatedRows === 1n;
}

/** Runs `work` once this server holds the lease `name`, waiting its turn however long the holder works. */
export async function withLease<T>(db: Db, name: string, work: () => Promise<T>, ms = leaseMs): Promise<T> {
  const holder = randomBytes(16).toString('base64url');
  for (let wait = firstWaitMs; !(await take(db, name, holder, ms)); wait = Math.min(wait * 2, longestWaitMs)) {
    await sleep(wait * (0.5 + Math.random()));
  }
  return hold(db, name, holder, work, ms);
}

/** Runs `work` under the lease `name` if no one holds it now; answers undefined, without waiting, if someone does. */
export async function withLeaseIfFree<T>(db: Db, name: string, work: () => Promise<T>, ms = leaseMs): Promise<T | undefined> {
  const holder = randomBytes(16).toString('base64url');
  if (!(await take(db, name, holder, ms))) return undefined;
  return hold(db, name, holder, work, ms);
}

/** Does `work` under a lease just taken: renewed while it runs, released when it ends. */
async function hold<T>(db: Db, name: string, holder: string, work: () => Promise<T>, ms: number): Promise<T> {
  const renewal = setInterval(() => {
    renew(db, name, holder, ms).then(
      (held) => {
        if (held) return;
        // Only a server stalled for longer than the lease gets here; the work's own writes are
        // conditional (one snapshot per list version, an amendment only of the file it read).
        clearInterval(renewal);
        log.warn({ lease: name }, 'lease lapsed while its work ran; another server may have taken it');
      },
      // The database away for a moment: the next renewal tries again before the lease runs out.
      () => undefined,
    );
  }, ms / 3);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    // A release that fails (the database away) leaves the lease to expire: the work itself is done.
    await db
      .deleteFrom('locks')
      .where('name', '=', name)
      .where('holder', '=', holder)
      .execute()
      .catch(() => undefined);
  }
}
