import type { Db } from '../db/database.ts';
import { hashSecret, isSecretShape, newSecret } from '../tokens/secret.ts';
import { isAdminEmail } from './admin-emails.ts';
import { recordAudit } from './audit.repository.ts';
import type { AdminSession } from './session.table.ts';

/** A working day: long enough to moderate, short enough that a forgotten browser closes itself. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** Opens a session (inside the caller's transaction) and records the sign-in; the raw secret is for the cookie only. */
export async function startSession(db: Db, email: string, now: Date): Promise<{ secret: string; session: AdminSession }> {
  const { raw, hash } = newSecret();
  const session = await db
    .insertInto('admin_sessions')
    .values({ hash, email, created_at: now.toISOString(), expires_at: new Date(now.getTime() + sessionLifetimeMs).toISOString(), revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(db, { at: now, actor: email, action: 'sign_in', subject: { type: 'session', id: session.id } });
  return { secret: raw, session };
}

/**
 * The live session a cookie's secret opens, if any: not revoked, not expired, and for an
 * address still in ADMIN_EMAILS (taking one out of the list locks it out at once).
 */
export async function liveSession(db: Db, adminEmails: readonly string[], secret: string | undefined, now: Date): Promise<AdminSession | undefined> {
  if (!secret || !isSecretShape(secret)) return undefined;
  const session = await db
    .selectFrom('admin_sessions')
    .selectAll()
    .where('hash', '=', hashSecret(secret))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return session && isAdminEmail(adminEmails, session.email) ? session : undefined;
}

/** Signing out: the session is revoked and the sign-out recorded, together. */
export async function endSession(db: Db, session: AdminSession, now: Date): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('admin_sessions').set({ revoked_at: now.toISOString() }).where('id', '=', session.id).where('revoked_at', 'is', null).execute();
    await recordAudit(tx, { at: now, actor: session.email, action: 'sign_out', subject: { type: 'session', id: session.id } });
  });
}
