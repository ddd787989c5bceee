import type { Deps } from '../deps.ts';
import { countWaiting, openReportsOf, waitingComments } from './comment-moderation.repository.ts';
import { readReport } from './comment-report.service.ts';
import type { Comment, HoldReason } from './comment.table.ts';

/** What a campaigner reads before deciding; of the author's address, only its domain. */
export type QueuedComment = Pick<Comment, 'id' | 'post' | 'depth' | 'author_name' | 'body' | 'lang' | 'state' | 'hidden_at' | 'created_at' | 'published_at'> & {
  held_for: HoldReason[];
  parent: { id: number; author_name: string; body: string; lang: Comment['lang'] } | null;
  author: { email_domain: string; trusted: boolean; blocked: boolean };
  reports: { reason: string; details: string | undefined; at: string }[];
};

/** Held comments and reported or hidden ones, oldest first, each with what it answers and its reports. */
export async function commentQueue(deps: Pick<Deps, 'db'>): Promise<QueuedComment[]> {
  const comments = await waitingComments(deps.db);
  if (comments.length === 0) return [];
  const reports = await openReportsOf(deps.db, comments.map((c) => c.id));
  const parentIds = comments.flatMap((c) => (c.parent_id === null ? [] : [c.parent_id]));
  const parents = parentIds.length === 0 ? [] : await deps.db.selectFrom('comments').select(['id', 'author_name', 'body', 'lang']).where('id', 'in', parentIds).execute();
  const authors = await deps.db
    .selectFrom('commenters')
    .select(['id', 'email', 'trusted_at', 'blocked_at'])
    .where('id', 'in', [...new Set(comments.map((c) => c.commenter_id))])
    .execute();
  return comments.map((c) => {
    const author = authors.find((a) => a.id === c.commenter_id);
    return {
      id: c.id,
      post: c.post,
      depth: c.depth,
      author_name: c.author_name,
      body: c.body,
      lang: c.lang,
      state: c.state,
      hidden_at: c.hidden_at,
      created_at: c.created_at,
      published_at: c.published_at,
      held_for: (c.held_for ?? '').split(',').filter(Boolean) as HoldReason[],
      parent: parents.find((p) => p.id === c.parent_id) ?? null,
      author: {
        email_domain: (author?.email ?? '').slice((author?.email ?? '').lastIndexOf('@') + 1).toLowerCase(),
        trusted: !!author?.trusted_at,
        blocked: !!author?.blocked_at,
      },
      reports: reports.filter((r) => r.comment_id === c.id).map((r) => ({ ...readReport(r.reason), at: r.created_at })),
    };
  });
}

/** How many comments wait for a campaigner: the workspace bar shows it. */
export const commentsWaitingCount = (deps: Pick<Deps, 'db'>) => countWaiting(deps.db);
