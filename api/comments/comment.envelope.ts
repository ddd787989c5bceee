import type { Db } from '../db/database.ts';
import { cy } from '../i18n/mail/cy.ts';
import { en } from '../i18n/mail/en.ts';
import { localePath } from '../i18n/locale.ts';
import type { MailKind } from '../mail/outbox.table.ts';
import { mail } from '../mail/templates/layout.ts';
import type { Envelope } from '../mail/transport.ts';
import { newSecret } from '../tokens/secret.ts';
import { tokenExpiry, tokenLifetimeDays } from '../tokens/token.service.ts';
import { findPost } from './comment.posts.ts';
import { findComment } from './comment.repository.ts';
import { findCommenter } from './commenter.repository.ts';

const catalogues = { en, cy };

/**
 * A mail to a commenter, written by the outbox sender at send time in their language. Each
 * link's token is made now and only its hash kept: a retry makes a new one, and the link of a
 * mail that never left leads nowhere.
 */
export async function commentEnvelope(db: Db, kind: MailKind, commentId: number, publicOrigin: string, now: Date): Promise<{ envelope: Envelope; note?: string } | undefined> {
  const comment = await findComment(db, commentId);
  const commenter = comment && (await findCommenter(db, comment.commenter_id));
  if (!comment || !commenter) return undefined;
  const locale = commenter.locale;
  const t = catalogues[locale].comments;
  const post = findPost(comment.post);
  const title = post ? (post.translations[locale] ?? post).title : comment.post;
  const link = (path: string) => `${publicOrigin}${localePath(locale, path)}`;
  const postLink = { link: { label: t.readPost, href: link(`/blog/${comment.post}`) } };
  if (kind === 'comment_confirm') {
    // Moot once the address is confirmed (by an earlier mail's link).
    if (commenter.confirmed_at || comment.state !== 'unconfirmed') return undefined;
    const { raw, hash } = newSecret();
    const until = tokenExpiry(now);
    await db.updateTable('commenters').set({ confirm_hash: hash, confirm_expires_at: until.toISOString() }).where('id', '=', commenter.id).execute();
    const confirmUrl = link(`/comments/confirm/${raw}`);
    const rendered = mail(locale, t.confirm.subject(title), [
      { p: t.greeting(comment.author_name) },
      { p: t.confirm.body(title) },
      { button: { label: t.confirm.button, href: confirmUrl } },
      { p: t.confirm.next },
      { p: t.confirm.expiry(tokenLifetimeDays, until) },
      postLink,
    ], publicOrigin);
    return { envelope: { to: commenter.email, ...rendered }, note: `confirm link: ${confirmUrl}` };
  }
  if (kind === 'comment_posted') {
    // The window closed before the mail could leave, or the comment went: no link to give.
    if (!['held', 'published'].includes(comment.state) || !comment.edit_expires_at || comment.edit_expires_at <= now.toISOString()) return undefined;
    const { raw, hash } = newSecret();
    await db.updateTable('comments').set({ edit_hash: hash }).where('id', '=', comment.id).execute();
    const editUrl = link(`/comments/edit/${raw}`);
    const rendered = mail(locale, t.posted.subject(title), [
      { p: t.greeting(comment.author_name) },
      { p: comment.state === 'published' ? t.posted.published(title) : t.posted.waiting(title) },
      { p: t.posted.edit(new Date(comment.edit_expires_at)) },
      { button: { label: t.posted.button, href: editUrl } },
      { p: t.posted.keep },
      postLink,
    ], publicOrigin);
    return { envelope: { to: commenter.email, ...rendered }, note: `edit link: ${editUrl}` };
  }
  return undefined;
}
