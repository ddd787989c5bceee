import type { Db } from '../../api/db/database.ts';
import type { Comment, Commenter, CommentState } from '../../api/comments/comment.table.ts';
import type { Locale } from '../../api/i18n/locale.ts';

/** The seed post every comment here hangs under. */
export const post = 'why-we-are-writing-again';

/**
 * Rows as the public side of comments leaves them (a commenter who confirmed their address,
 * a comment held or published), written straight to the database: these tests are about what
 * campaigners and readers do with comments, not how they were sent.
 */
export async function aCommenter(db: Db, { email = 'sian@example.cymru', locale = 'en' as Locale, trusted = false } = {}): Promise<Commenter> {
  const at = '2026-11-22T09:00:00.000Z';
  return db
    .insertInto('commenters')
    .values({ email, email_key: email.toLowerCase(), locale, created_at: at, confirmed_at: at, trusted_at: trusted ? at : null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

type CommentRow = { state?: CommentState; heldFor?: string; body?: string; name?: string; lang?: Locale; parent?: Comment; at?: string; commenter?: Commenter };

export async function aComment(db: Db, o: CommentRow = {}): Promise<Comment> {
  const existing = await db.selectFrom('commenters').selectAll().where('email_key', '=', 'sian@example.cymru').executeTakeFirst();
  const commenter = o.commenter ?? existing ?? (await aCommenter(db));
  const state = o.state ?? 'published';
  const at = o.at ?? '2026-11-22T09:30:00.000Z';
  return db
    .insertInto('comments')
    .values({
      post,
      parent_id: o.parent?.id ?? null,
      depth: o.parent ? o.parent.depth + 1 : 1,
      commenter_id: commenter.id,
      author_name: o.name ?? 'Siân Roberts',
      body: o.body ?? 'Co-production needs time.\n\nSee www.example.org for how we did it in Gwynedd.',
      lang: o.lang ?? 'en',
      state,
      held_for: state === 'held' ? (o.heldFor ?? 'first') : null,
      created_at: at,
      published_at: state === 'published' ? at : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
