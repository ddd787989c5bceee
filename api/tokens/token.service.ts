import type { Db } from '../db/database.ts';
import { TokenInvalidError } from '../errors.ts';
import { hashSecret, isSecretShape, newSecret, sameHash } from './secret.ts';
import type { Token, TokenPurpose } from './token.table.ts';

/** How long a mailed link works; the mail tells the signer, in days and as a date. */
export const tokenLifetimeDays = 7;
const lifetimeMs = tokenLifetimeDays * 24 * 60 * 60 * 1000;

/** When a token made now stops working. */
export const tokenExpiry = (now: Date): Date => new Date(now.getTime() + lifetimeMs);

const tokenRow = (signatureId: number, purpose: TokenPurpose, hash: string, now: Date) => ({
  signature_id: signatureId,
  purpose,
  hash,
  created_at: now.toISOString(),
  expires_at: tokenExpiry(now).toISOString(),
  used_at: null,
});

/** Makes a token for one purpose; only its hash is stored, the caller puts the token in a mail. */
export async function issueToken(db: Db, signatureId: number, purpose: TokenPurpose, now: Date): Promise<string> {
  const { raw, hash } = newSecret();
  await db.insertInto('tokens').values(tokenRow(signatureId, purpose, hash, now)).execute();
  return raw;
}

/**
 * Tokens made together and stored together: `issue` hands out a token at once, `save` stores
 * them all in one statement, so a batch of mails costs one insert rather than two a mail. A
 * token works only once saved: save before the mails that carry them leave.
 */
export function tokenBatch(now: Date) {
  const rows: ReturnType<typeof tokenRow>[] = [];
  return {
    issue(signatureId: number, purpose: TokenPurpose): string {
      const { raw, hash } = newSecret();
      rows.push(tokenRow(signatureId, purpose, hash, now));
      return raw;
    },
    async save(db: Db): Promise<void> {
      // Well under SQLite's and PostgreSQL's limits on the values of one statement.
      for (let i = 0; i < rows.length; i += 1000) await db.insertInto('tokens').values(rows.slice(i, i + 1000)).execute();
    },
  };
}

/** Finds a live token without using it (for the pages a mailed link opens: GET changes nothing). */
export async function checkToken(db: Db, raw: string, purpose: TokenPurpose, now: Date): Promise<Token> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const token = await db.selectFrom('tokens').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!token || token.purpose !== purpose || !sameHash(token.hash, hash)) {
    throw new TokenInvalidError('unknown');
  }
  if (token.used_at || token.expires_at <= now.toISOString()) {
    const owner = await db.selectFrom('signatures').select('letter').where('id', '=', token.signature_id).executeTakeFirst();
    throw new TokenInvalidError(token.used_at ? 'used' : 'expired', owner?.letter);
  }
  return token;
}

/** Uses a token found by `checkToken` once: of any number of racing requests exactly one gets through. */
export async function useToken(db: Db, token: Token, now: Date): Promise<void> {
  const { numUpdatedRows } = await db
    .updateTable('tokens')
    .set({ used_at: now.toISOString() })
    .where('id', '=', token.id)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (numUpdatedRows !== 1n) throw new TokenInvalidError('used');
}

/** After a withdrawal no earlier link may act on the signature. */
export async function retireTokens(db: Db, signatureId: number, now: Date): Promise<void> {
  await db
    .updateTable('tokens')
    .set({ used_at: now.toISOString() })
    .where('signature_id', '=', signatureId)
    .where('used_at', 'is', null)
    .execute();
}
