import { type Kysely, sql } from 'kysely';
import { idType, isPostgres } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// Readers' comments on blog posts, their authors' addresses and readers' reports; a comment is
// one more kind of outbox subject (its confirmation, edit link and the campaigner's decision).
const one = (column: string) => sql`(case when ${sql.ref(column)} is null then 0 else 1 end)`;
const earlierSubjects = ['signature_id', 'sign_in_id', 'support_id', 'rights_request_id', 'alert_id'];
const exactlyOne = (columns: string[]) => sql`${sql.join(columns.map(one), sql` + `)} = 1`;
/** Every column but comment_id, which the rebuilt table adds (or the undone one drops). */
const outboxColumns = [
  'id', 'kind', 'signature_id', 'sign_in_id', 'support_id', 'rights_request_id', 'alert_id', 'update_id', 'created_at',
  'attempts', 'next_attempt_at', 'sent_at', 'failed_at', 'last_error', 'claimed_by',
];

/** SQLite cannot change a CHECK in place: the outbox is rebuilt, rows copied in id order. */
async function rebuildOutbox(db: Kysely<any>, withComments: boolean): Promise<void> {
  let table = db.schema
    .createTable('outbox_next')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signature_id', 'integer', (c) => c.references('signatures.id').onDelete('cascade'))
    .addColumn('sign_in_id', 'integer', (c) => c.references('admin_sign_ins.id').onDelete('cascade'))
    .addColumn('support_id', 'integer', (c) => c.references('support_letters.id').onDelete('cascade'))
    .addColumn('rights_request_id', 'integer', (c) => c.references('rights_requests.id').onDelete('cascade'))
    .addColumn('alert_id', 'integer', (c) => c.references('abuse_alerts.id').onDelete('cascade'));
  table = withComments
    ? table.addColumn('comment_id', 'integer', (c) => c.references('comments.id').onDelete('cascade')).addCheckConstraint('outbox_one_subject', exactlyOne([...earlierSubjects, 'comment_id']))
    : table.addCheckConstraint('outbox_one_subject', exactlyOne(earlierSubjects));
  await table
    .addColumn('update_id', 'integer', (c) => c.references('updates.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('claimed_by', 'text')
    .execute();
  await db.insertInto('outbox_next').columns(outboxColumns).expression(db.selectFrom('outbox').select(outboxColumns).orderBy('id')).execute();
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_signature').on('outbox').columns(['signature_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_support').on('outbox').columns(['support_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_update_once').on('outbox').columns(['update_id', 'signature_id']).unique().execute();
  if (withComments) await db.schema.createIndex('outbox_comment').on('outbox').columns(['comment_id', 'created_at']).execute();
}

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

  if (isPostgres(db)) {
    await db.schema.alterTable('outbox').addColumn('comment_id', 'integer', (c) => c.references('comments.id').onDelete('cascade')).execute();
    await db.schema.alterTable('outbox').dropConstraint('outbox_one_subject').execute();
    await db.schema.alterTable('outbox').addCheckConstraint('outbox_one_subject', exactlyOne([...earlierSubjects, 'comment_id'])).execute();
    await db.schema.createIndex('outbox_comment').on('outbox').columns(['comment_id', 'created_at']).execute();
  } else {
    await rebuildOutbox(db, true);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('outbox').where('comment_id', 'is not', null).execute();
  if (isPostgres(db)) {
    await db.schema.dropIndex('outbox_comment').execute();
    await db.schema.alterTable('outbox').dropConstraint('outbox_one_subject').execute();
    await db.schema.alterTable('outbox').addCheckConstraint('outbox_one_subject', exactlyOne(earlierSubjects)).execute();
    await db.schema.alterTable('outbox').dropColumn('comment_id').execute();
  } else {
    await rebuildOutbox(db, false);
  }
  await db.schema.dropTable('comment_reports').execute();
  await db.schema.dropTable('comments').execute();
  await db.schema.dropTable('commenters').execute();
}
