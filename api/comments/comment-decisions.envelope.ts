import type { Db } from '../db/database.ts';
import { cy } from '../i18n/mail/cy.ts';
import { en } from '../i18n/mail/en.ts';
import { localePath } from '../i18n/locale.ts';
import type { MailKind } from '../mail/outbox.table.ts';
import { mail } from '../mail/templates/layout.ts';
import type { Envelope } from '../mail/transport.ts';

/**
 * The mail telling a commenter what a campaigner decided, written at send time in the
 * commenter's language. Moot (nothing sent) once the comment has moved on: deleted or erased
 * meanwhile, or decided again.
 */
export async function commentDecisionEnvelope(db: Db, kind: MailKind, commentId: number, publicOrigin: string): Promise<Envelope | undefined> {
  const row = await db
    .selectFrom('comments')
    .innerJoin('commenters', 'commenters.id', 'comments.commenter_id')
    .select(['comments.id', 'comments.post', 'comments.state', 'comments.author_name', 'comments.reason', 'commenters.email', 'commenters.locale'])
    .where('comments.id', '=', commentId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { locale } = row;
  const t = { en, cy }[locale];
  const postUrl = `${publicOrigin}${localePath(locale, `/blog/${row.post}`)}`;
  if (kind === 'comment_approved' && row.state === 'published') {
    const w = t.commentDecisions.approved;
    const blocks = [{ p: t.greeting(row.author_name) }, { p: w.body }, { p: w.later }, { link: { label: w.link, href: `${postUrl}#comment-${row.id}` } }];
    return { to: row.email, ...mail(locale, w.subject, blocks, publicOrigin) };
  }
  if (kind === 'comment_rejected' && row.state === 'rejected') {
    const w = t.commentDecisions.rejected;
    const blocks = [{ p: t.greeting(row.author_name) }, { p: w.body }, { p: w.reason(row.reason ?? '') }, { p: w.contact }, { link: { label: w.link, href: postUrl } }];
    return { to: row.email, ...mail(locale, w.subject, blocks, publicOrigin) };
  }
  return undefined;
}
