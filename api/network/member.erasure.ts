import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { cy } from '../i18n/mail/cy.ts';
import { en } from '../i18n/mail/en.ts';
import type { Locale } from '../i18n/locale.ts';
import { emailKey } from '../signatures/email.ts';
import type { Member } from './member.table.ts';

/**
 * A person's membership of the network, found and erased by their address: by a campaigner's
 * data request (api/admin/data-request.service.ts), by their own erase link (api/rights/), and
 * by the retention sweep for applications never confirmed or declined long ago.
 */

export const membershipsByEmail = (db: Db, email: string): Promise<Member[]> =>
  db.selectFrom('members').selectAll().where('email_key', '=', emailKey(email.trim())).execute();

/**
 * Deletes members and everything that is theirs, inside the caller's transaction: their sign-in
 * links, sessions, reports and mail go with the row (the tables cascade); their blog comments
 * no longer point at them; their board replies
 * are deleted; a thread they started is emptied and removed, so others' replies under it stay
 * with their authors; the coordinators' words about them in the audit log go too (a reason
 * for declining may quote them). Answers how many mails went with them.
 */
export async function deleteMembers(tx: Db, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const mails = Number((await tx.deleteFrom('outbox').where('member_id', 'in', ids).executeTakeFirst()).numDeletedRows);
  await tx.deleteFrom('board_replies').where('member_id', 'in', ids).execute();
  await tx.updateTable('board_threads').set({ title: '', body: '', state: 'removed', member_id: null }).where('member_id', 'in', ids).execute();
  await tx.updateTable('audit_log').set({ detail: JSON.stringify({ erased: true }) }).where('subject_type', '=', 'member').where('subject_id', 'in', ids.map(String)).where('detail', 'is not', null).execute();
  await tx.deleteFrom('members').where('id', 'in', ids).execute();
  return mails;
}

/** Erases the membership under an address, audited with who asked and why (no address); answers whether there was one. */
export async function eraseMembership(deps: Pick<Deps, 'db' | 'clock'>, email: string, by: string, reason: string): Promise<boolean> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const found = await membershipsByEmail(tx, email);
    await deleteMembers(tx, found.map((m) => m.id));
    for (const m of found) await recordAudit(tx, { at, actor: by, action: 'member.erased', subject: { type: 'member', id: m.id }, detail: { reason } });
    return found.length > 0;
  });
}

/** A membership as the person's own copy of their data gives it (api/rights/held-data.ts): every field they gave or chose. */
export const heldMembership = (m: Member) => ({
  state: m.state,
  kind: m.kind,
  name: m.name,
  email: m.email,
  organisation: m.organisation,
  organisationType: m.organisation_type,
  website: m.website,
  organisationReview: m.authority,
  role: m.role,
  area: m.area,
  practices: JSON.parse(m.practices) as string[],
  profile: m.profile,
  directoryShows: JSON.parse(m.shown) as string[],
  principlesVersion: m.principles_version,
  consent: m.consented_at === null ? null : { wordingVersion: m.consent_version, privacyNoticeVersion: m.notice_version, at: m.consented_at },
  language: m.locale,
  createdAt: m.created_at,
  confirmedAt: m.confirmed_at,
  decidedAt: m.decided_at,
  reason: m.reason,
  stillActiveAt: m.active_confirmed_at,
  leftAt: m.left_at,
  digest: m.digest === 1,
});

/** One line of the summary mailed with a person's copy of their data, in its language. */
export const memberHeld = (locale: Locale, m: Member): string => ({ en, cy })[locale].networkJoin.held(m.name, m.state, new Date(m.created_at));
