import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';

/**
 * A secret every app server of this installation shares (to sign a cookie one server sets and
 * another reads, or to key a hash): made once, at random, kept in `settings` under its name,
 * read once per process. Two servers making it at once: the first one written is the one both use.
 */
const keys = new Map<string, WeakMap<Db, Promise<string>>>();

async function readOrMake(db: Db, name: string): Promise<string> {
  const made = { key: name, value: JSON.stringify(randomBytes(32).toString('base64url')), updated_at: new Date().toISOString(), updated_by: 'llofnod' };
  await db.insertInto('settings').values(made).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirstOrThrow();
  return JSON.parse(row.value) as string;
}

export function sharedKey(db: Db, name: string): Promise<string> {
  const byDb = keys.get(name) ?? new WeakMap<Db, Promise<string>>();
  keys.set(name, byDb);
  let key = byDb.get(db);
  if (!key) {
    key = readOrMake(db, name);
    key.catch(() => byDb.delete(db));
    byDb.set(db, key);
  }
  return key;
}
