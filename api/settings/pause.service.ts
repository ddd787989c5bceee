import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { PausedError } from '../errors.ts';

/**
 * The site-wide pause, for an emergency: while it is on, nobody can sign, confirm a signature,
 * send a letter of support or confirm one. Withdrawing still works (a signer may always leave),
 * and so does reading. It lives in the `settings` table so every app server sees it; each
 * process keeps what it read for a moment (`cacheMs`) so a crowd signing costs one read a
 * second, not one each. The server that changes it forgets its copy at once; every other
 * server obeys it within `cacheMs`. That lag is acceptable: a pause stops harm that arrives
 * over minutes (a flood of sign-ups), a signature taken in its first 1.5 s is as sound as one
 * taken just before it, and no mail or count depends on every server agreeing on the instant.
 */
export type Pause = { paused: false } | { paused: true; since: string; by: string };

const key = 'paused';
export const cacheMs = 1500;
const cache = new WeakMap<Db, { at: number; pause: Pause }>();

export async function readPause(deps: Pick<Deps, 'db'>): Promise<Pause> {
  const held = cache.get(deps.db);
  if (held && performance.now() - held.at < cacheMs) return held.pause;
  const row = await deps.db.selectFrom('settings').select(['value', 'updated_at', 'updated_by']).where('key', '=', key).executeTakeFirst();
  const pause: Pause = row && JSON.parse(row.value) === true ? { paused: true, since: row.updated_at, by: row.updated_by } : { paused: false };
  cache.set(deps.db, { at: performance.now(), pause });
  return pause;
}

export const isPaused = async (deps: Pick<Deps, 'db'>): Promise<boolean> => (await readPause(deps)).paused;

/** Services call this before anything a pause stops. */
export async function assertNotPaused(deps: Pick<Deps, 'db'>): Promise<void> {
  if (await isPaused(deps)) throw new PausedError();
}

/**
 * Pauses or unpauses the site, with its audit entry in the same transaction. Setting what is
 * already set changes and records nothing (a form sent twice, or two campaigners on two
 * servers at once: the write itself checks, so one of them changes it). Returns whether
 * anything changed.
 */
export async function setPaused(deps: Pick<Deps, 'db' | 'clock'>, paused: boolean, by: string): Promise<boolean> {
  const at = deps.clock();
  const changed = await deps.db.transaction().execute(async (tx) => {
    const values = { value: JSON.stringify(paused), updated_at: at.toISOString(), updated_by: by };
    // No row is "not paused": unpausing changes only a row that says paused.
    const written = paused
      ? (
          await tx
            .insertInto('settings')
            .values({ key, ...values })
            .onConflict((oc) => oc.column('key').doUpdateSet(values).where('settings.value', '<>', values.value))
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows
      : (await tx.updateTable('settings').set(values).where('key', '=', key).where('value', '<>', values.value).executeTakeFirst()).numUpdatedRows;
    if (!written) return false;
    await recordAudit(tx, { at, actor: by, action: paused ? 'site.paused' : 'site.unpaused', subject: { type: 'site' } });
    return true;
  });
  cache.delete(deps.db);
  return changed;
}
