import type { Db } from '../db/database.ts';
import { hashSecret, isSecretShape, newSecret } from '../tokens/secret.ts';
import type { Member, MemberSession } from './member.table.ts';

/** The member's cookie: set as the campaigners' is (api/admin/session.cookie.ts), under its own name so one browser can hold both. */
export const memberCookieName = 'llofnod_member';

/** Two weeks: a member comes back now and then; a shared computer's session ends by itself. */
export const memberSessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

/** Opens a session inside the caller's transaction; the raw secret is for the cookie only. */
export async function startMemberSession(db: Db, memberId: number, now: Date): Promise<{ secret: string; session: MemberSession }> {
  const { raw, hash } = newSecret();
  const session = await db
    .insertInto('member_sessions')
    .values({ hash, member_id: memberId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + memberSessionLifetimeMs).toISOString(), revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { secret: raw, session };
}

/**
 * The member a cookie's secret signs in, if any: the session live (not revoked, not expired)
 * and the member still `active` (one who left, or whom a coordinator removed, is out at once).
 */
export async function liveMember(db: Db, secret: string | undefined, now: Date): Promise<{ member: Member; session: MemberSession } | undefined> {
  if (!secret || !isSecretShape(secret)) return undefined;
  const session = await db
    .selectFrom('member_sessions')
    .selectAll()
    .where('hash', '=', hashSecret(secret))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!session) return undefined;
  const member = await db.selectFrom('members').selectAll().where('id', '=', session.member_id).where('state', '=', 'active').executeTakeFirst();
  return member && { member, session };
}

/** Signing out: this browser's session only. */
export async function endMemberSession(db: Db, sessionId: number, now: Date): Promise<void> {
  await db.updateTable('member_sessions').set({ revoked_at: now.toISOString() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** Every browser the member is signed in on (leaving the network). */
export async function revokeMemberSessions(db: Db, memberId: number, now: Date): Promise<void> {
  await db.updateTable('member_sessions').set({ revoked_at: now.toISOString() }).where('member_id', '=', memberId).where('revoked_at', 'is', null).execute();
}
