import { type Kysely, sql } from 'kysely';
import { idType } from './dialect.ts';
import { addOutboxSubject, commentSubject, dropOutboxSubject, subjectsAfterTrending } from './outbox-subjects.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Readers' comments on blog posts, their authors' addresses and readers' reports; a comment is
// one more kind of outbox subject (its confirmation, edit link and the campaigner's decision).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('commenters')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull().unique())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirm_hash', 'text', (c) => c.unique())
    .addColumn('confirm_expires_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('trusted_at', 'text')
    .addColumn('blocked_at', 'text')
    .addColumn('blocked_by', 'text')
    .addColumn('block_reason', 'text')
    .addColumn('consent_version', 'text')
    .addColumn('notice_version', 'text')
    .addColumn('consented_at', 'text')
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('cascade'))
    .addColumn('depth', 'integer', (c) => c.notNull().check(sql`depth between 1 and 3`))
    .addColumn('commenter_id', 'integer', (c) => c.notNull().references('commenters.id').onDelete('cascade'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('held_for', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('client_address', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('edited_at', 'text')
    .addColumn('edit_hash', 'text', (c) => c.unique())
    .addColumn('edit_expires_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('comments_post').on('comments').columns(['post', 'state', 'created_at']).execute();
  await db.schema.createIndex('comments_commenter').on('comments').columns(['commenter_id', 'created_at']).execute();
  await db.schema.createIndex('comments_queue').on('comments').columns(['state', 'created_at']).execute();

  await db.schema
    .createTable('comment_reports')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('reporter_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  // One open report per person per comment: a second click neither counts twice nor fails.
  await db.schema.createIndex('comment_reports_once').on('comment_reports').columns(['comment_id', 'reporter_key']).unique().execute();

  await addOutboxSubject(db, subjectsAfterTrending, commentSubject);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropOutboxSubject(db, subjectsAfterTrending, commentSubject);
  await db.schema.dropTable('comment_reports').execute();
  await db.schema.dropTable('comments').execute();
  await db.schema.dropTable('commenters').execute();
}
