import { createHmac, randomBytes } from 'node:crypto';
import { networkOf } from '../abuse/client-address.ts';
import type { Db } from '../db/database.ts';

/**
 * Who reported a comment, told apart without keeping who: an HMAC of the reader's network (an
 * IPv4 address, or an IPv6 /64, which one household holds whole) under this installation's own
 * key. The key is made once, at random, and kept in the `settings` table, so every app server
 * uses the same one and a copy of `comment_reports` alone cannot be matched to an address.
 */
const settingKey = 'comment_reporter_key';
const keys = new WeakMap<Db, Promise<string>>();

async function readOrMakeKey(db: Db): Promise<string> {
  const made = { key: settingKey, value: JSON.stringify(randomBytes(32).toString('base64url')), updated_at: new Date().toISOString(), updated_by: 'llofnod' };
  // Two servers making it at once: the first one written is the one both use.
  await db.insertInto('settings').values(made).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', settingKey).executeTakeFirstOrThrow();
  return JSON.parse(row.value) as string;
}

function installationKey(db: Db): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = readOrMakeKey(db);
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

/** The reporter's key; every request with no known address (one made inside the process) shares one. */
export async function reporterKey(db: Db, address: string | undefined): Promise<string> {
  const network = address ? networkOf(address) : 'unknown';
  return createHmac('sha256', await installationKey(db)).update(network).digest('hex');
}
