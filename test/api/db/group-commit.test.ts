import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../api/db/database.ts';
import { forUpdate } from '../../../api/db/dialect.ts';
import { groupCommit } from '../../../api/db/group-commit.ts';
import { racingServer, testApp } from '../../helpers/app.ts';
import { sign } from '../../helpers/signatures.ts';

/**
 * Two servers, each with its own queue, take batches that want the same signatures in opposite
 * orders: each job locks its signature, lingers a moment (so the other batch takes its first
 * lock meanwhile) and writes it. On PostgreSQL both transactions are open at once.
 */
async function opposingBatches(lockOrder?: (id: number) => string) {
  const app = await testApp();
  const other = racingServer(app);
  for (let i = 0; i < 4; i++) await sign(app, { email: `signer${i}@example.org` });
  const ids = (await app.db.selectFrom('signatures').select('id').orderBy('id').execute()).map((r) => r.id);
  let runs = 0;
  const touch = async (tx: Db, id: number) => {
    runs++;
    await forUpdate(tx, tx.selectFrom('signatures').select('id').where('id', '=', id)).executeTakeFirstOrThrow();
    await sleep(30);
    await tx.updateTable('signatures').set({ place: `touched ${id}` }).where('id', '=', id).execute();
    return id;
  };
  const options = lockOrder ? { lockOrder } : {};
  const first = groupCommit(app.db, touch, options);
  const second = groupCommit(other.deps.db, touch, options);
  const outcomes = await Promise.allSettled([...ids.map((id) => first.submit(id)), ...ids.toReversed().map((id) => second.submit(id))]);
  return { app, ids, outcomes, runs: () => runs };
}

describe('two servers committing batches that want the same rows', () => {
  it('answers every job once and never waits in a circle when the batches take their rows in one order', async () => {
    const { app, ids, outcomes, runs } = await opposingBatches((id) => String(id).padStart(16, '0'));
    expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 'fulfilled'));
    // Each job ran once: no batch was aborted and run again.
    expect(runs()).toBe(ids.length * 2);
    const places = await app.db.selectFrom('signatures').select('place').orderBy('id').execute();
    expect(places.map((p) => p.place)).toEqual(ids.map((id) => `touched ${id}`));
  });

  it('runs a batch again, every job in it, when PostgreSQL breaks a deadlock by aborting it', async () => {
    const { outcomes } = await opposingBatches();
    // A job's own savepoint cannot settle a deadlock: nobody is failed for it.
    expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 'fulfilled'));
  });
});
