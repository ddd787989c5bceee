import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { TokenInvalidError } from '../errors.ts';
import type { Letter } from '../letters/letter.catalogue.ts';
import { findLetter } from '../letters/letter.service.ts';
import { hashSecret, isSecretShape, newSecret, sameHash } from '../tokens/secret.ts';

/**
 * Unsubscribe links are tokens of their own (purpose `unsubscribe`): 256 bits, only the hash
 * kept, made when the update mail is sent. Unlike confirm and withdraw they are not single
 * use: a link in last month's mail must still work (and pressing it twice is harmless), so
 * they live a year and using one changes only the signer's wish for updates.
 */
export const unsubscribeLifetimeDays = 365;

export async function issueUnsubscribeToken(db: Db, signatureId: number, now: Date): Promise<string> {
  const { raw, hash } = newSecret();
  const expires = new Date(now.getTime() + unsubscribeLifetimeDays * 86_400_000);
  await db
    .insertInto('tokens')
    .values({ signature_id: signatureId, purpose: 'unsubscribe', hash, created_at: now.toISOString(), expires_at: expires.toISOString(), used_at: null })
    .execute();
  return raw;
}

type Target = { letter: Letter; signatureId: number; unsubscribed: boolean };

async function target(deps: Deps, raw: string, now: Date): Promise<Target> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const token = await deps.db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!token || token.purpose !== 'unsubscribe' || !sameHash(token.hash, hash)) throw new TokenInvalidError('unknown');
  const s = await deps.db.selectFrom('signatures').select(['id', 'letter', 'updates', 'unsubscribed_at']).where('id', '=', token.signature_id).executeTakeFirst();
  if (!s) throw new TokenInvalidError('unknown');
  if (token.expires_at <= now.toISOString()) throw new TokenInvalidError('expired', s.letter);
  return { letter: findLetter(deps, s.letter), signatureId: s.id, unsubscribed: s.updates === 0 };
}

/** For GET: what the link would do; nothing changes (mail scanners follow links). */
export const describeUnsubscribe = (deps: Deps, raw: string): Promise<Target> => target(deps, raw, deps.clock());

/** For POST (the page's button, or a mail client's one-click): no more updates, at once. */
export async function unsubscribe(deps: Deps, raw: string): Promise<Target> {
  const now = deps.clock();
  const t = await target(deps, raw, now);
  // A second press changes nothing: the first moment is the one kept.
  await deps.db.updateTable('signatures').set({ updates: 0, unsubscribed_at: now.toISOString() }).where('id', '=', t.signatureId).where('updates', '=', 1).execute();
  return { ...t, unsubscribed: true };
}
