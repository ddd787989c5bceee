import { sql } from 'kysely';
import type { Db } from './database.ts';

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

type Waiting<J, R> = { job: J; resolve: (value: R) => void; reject: (error: unknown) => void };

/**
 * Group commit: writes that arrive while a commit is in flight wait, and go together in the
 * next transaction, so a crowd costs one fsync per batch instead of one each. A write that
 * finds nothing in flight starts at once, so a lone writer waits no longer than it would alone.
 * Each caller is answered only after the commit that holds its row.
 *
 * `each` runs inside a savepoint per job: a job that fails (a full disk aside) is undone alone
 * and its caller gets the error, while the rest of the batch commits. `afterAll` then runs once
 * with what the jobs that succeeded returned: the place for a write every job would otherwise
 * repeat (a popular letter's counters, changed once per batch instead of once per signature, so
 * they never become the queue every signer waits in). A failed commit fails every job in it,
 * and none of them was acknowledged.
 *
 * `together`, if given, first takes the whole batch in one go (one insert of many rows instead
 * of one each), inside one savepoint: it answers `{ value }` for each job it settled and
 * `undefined` for one that `each` must take. Should it throw (one bad row fails a multi-row
 * insert), its savepoint is undone and every job goes through `each`, so the bad row fails alone.
 *
 * On PostgreSQL two servers' batches run at once. `lockOrder` names the row a job locks first
 * (a signature, an address): each batch runs its jobs in that order, so no two batches wait on
 * each other in a circle, whatever order the requests arrived in. Should PostgreSQL still abort
 * a batch to break a deadlock (with another kind of write), the whole batch runs again: one
 * job's savepoint cannot undo it, since the other batch is waiting on locks earlier jobs took.
 */
export function groupCommit<J, R>(
  db: Db,
  each: (tx: Db, job: J) => Promise<R>,
  {
    afterAll,
    lockOrder,
    together,
    maxBatch = 500,
  }: {
    afterAll?: (tx: Db, done: R[]) => Promise<void>;
    lockOrder?: (job: J) => string;
    together?: (tx: Db, jobs: J[]) => Promise<Array<{ value: R } | undefined>>;
    maxBatch?: number;
  } = {},
) {
  const queue: Waiting<J, R>[] = [];
  let draining = false;

  const attempt = (batch: Waiting<J, R>[]) =>
    db.transaction().execute(async (tx) => {
      const jobs = batch.map((w) => w.job);
      const settled = together ? await inSavepoint(tx, () => together(tx, jobs)) : undefined;
      const outcomes: Outcome<R>[] = [];
      for (const [i, job] of jobs.entries()) {
        const done = settled?.ok ? settled.value[i] : undefined;
        outcomes.push(done ? { ok: true, value: done.value } : await inSavepoint(tx, () => each(tx, job)));
      }
      await afterAll?.(tx, outcomes.flatMap((o) => (o.ok ? [o.value] : [])));
      return outcomes;
    });

  async function runBatch(batch: Waiting<J, R>[]): Promise<void> {
    let outcomes: Outcome<R>[] | undefined;
    for (let tries = 1; !outcomes; tries++) {
      try {
        outcomes = await attempt(batch);
      } catch (error) {
        if (isDeadlock(error) && tries < 8) {
          // Run straight again, the two batches would meet in the same order and deadlock again
          // while the other is still working: a random pause, longer each time, lets it finish.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * tries));
          continue;
        }
        for (const w of batch) w.reject(error);
        return;
      }
    }
    outcomes.forEach((o, i) => (o.ok ? batch[i]!.resolve(o.value) : batch[i]!.reject(o.error)));
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      do {
        // better-sqlite3 commits synchronously: while a commit waits for the disk, no request
        // is read. One turn of the event loop lets every request that arrived meanwhile (or
        // together with this one) reach the queue, so it joins this batch instead of each
        // starting a batch of its own; alone, a signer waits that one turn (microseconds).
        await new Promise((resolve) => setImmediate(resolve));
        const batch = queue.splice(0, maxBatch);
        if (lockOrder) batch.sort((a, b) => compare(lockOrder(a.job), lockOrder(b.job)));
        await runBatch(batch);
      } while (queue.length > 0);
    } finally {
      draining = false;
    }
  }

  return {
    submit(job: J): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        if (!draining) void drain();
      });
    },
  };
}

/** PostgreSQL's deadlock_detected: it aborted this transaction so that another could go on. */
const isDeadlock = (error: unknown) => (error as { code?: unknown })?.code === '40P01';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One job's statements, undone alone if it throws. If the database has given up the whole
 * transaction (SQLite does on a full disk), undoing fails too and so does the batch: nothing
 * in it is acknowledged.
 */
async function inSavepoint<R>(tx: Db, work: () => Promise<R>): Promise<Outcome<R>> {
  await sql`savepoint job`.execute(tx);
  try {
    const value = await work();
    await sql`release savepoint job`.execute(tx);
    return { ok: true, value };
  } catch (error) {
    if (isDeadlock(error)) throw error;
    await sql`rollback to savepoint job`.execute(tx);
    await sql`release savepoint job`.execute(tx);
    return { ok: false, error };
  }
}
