import type { Deps } from '../deps.ts';
import { commentAddressDays, unconfirmedDays } from '../retention/retention.policy.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Comments' part of the retention sweep (api/retention/retention.service.ts): an address never
 * confirmed goes `unconfirmedDays` after it first commented, with its comments and their mail,
 * as a pending signature does; every comment's client address goes after `commentAddressDays`.
 * Answers the counts, for the run's record.
 */
export async function sweepComments(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ unconfirmed_comments: number; comment_addresses: number }> {
  const now = deps.clock().getTime();
  const before = new Date(now - unconfirmedDays * dayMs).toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const stale = tx.selectFrom('commenters').select('id').where('confirmed_at', 'is', null).where('created_at', '<', before);
    const comments = tx.selectFrom('comments').select('id').where('commenter_id', 'in', stale);
    await tx.deleteFrom('outbox').where('comment_id', 'in', comments).execute();
    await tx.deleteFrom('comment_reports').where('comment_id', 'in', comments).execute();
    const deleted = await tx.deleteFrom('comments').where('commenter_id', 'in', stale).executeTakeFirst();
    await tx.deleteFrom('commenters').where('confirmed_at', 'is', null).where('created_at', '<', before).execute();
    const forgotten = await tx
      .updateTable('comments')
      .set({ client_address: null })
      .where('client_address', 'is not', null)
      .where('created_at', '<', new Date(now - commentAddressDays * dayMs).toISOString())
      .executeTakeFirst();
    return { unconfirmed_comments: Number(deleted.numDeletedRows), comment_addresses: Number(forgotten.numUpdatedRows) };
  });
}
