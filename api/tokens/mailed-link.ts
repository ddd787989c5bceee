import { TokenInvalidError } from '../errors.ts';
import { hashSecret, isSecretShape, sameHash } from './secret.ts';

type LinkRow = { hash: string | null; used_at: string | null; expires_at: string | null };

/**
 * The one check of a one-time mailed link kept as a hash (a campaigner's or a member's sign-in
 * link): `find` looks the row up by the hash; unknown, used and expired are told apart so the
 * page can say which.
 */
export async function usableLink<T extends LinkRow>(raw: string, now: Date, find: (hash: string) => Promise<T | undefined>): Promise<T> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const row = await find(hash);
  if (!row?.hash || !sameHash(row.hash, hash)) throw new TokenInvalidError('unknown');
  if (row.used_at) throw new TokenInvalidError('used');
  if (!row.expires_at || row.expires_at <= now.toISOString()) throw new TokenInvalidError('expired');
  return row;
}
