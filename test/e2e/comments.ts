import { connectDb } from '../../api/db/connect.ts';

/**
 * What a campaigner's approval leaves behind (the moderation workspace does this): every
 * comment waiting is published and its author trusted. On the server's own database.
 */
export async function approveWaitingComments(database: { dataDir: string; databaseUrl: string | undefined }): Promise<void> {
  const db = await connectDb(database);
  try {
    const now = new Date().toISOString();
    const held = await db.selectFrom('comments').select(['id', 'commenter_id']).where('state', '=', 'held').execute();
    for (const c of held) {
      await db.updateTable('comments').set({ state: 'published', published_at: now, decided_at: now, decided_by: 'gwen@ymgyrch.cymru' }).where('id', '=', c.id).execute();
      await db.updateTable('commenters').set({ trusted_at: now }).where('id', '=', c.commenter_id).execute();
    }
  } finally {
    await db.destroy();
  }
}
