import { type Kysely, sql } from 'kysely';
import { idType } from './dialect.ts';
import { addOutboxSubject, commentSubject, dropOutboxSubject, type OutboxSubject, subjectsAfterTrending } from './outbox-subjects.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// The practitioners' network: members, their sign-in links and sessions, the members' board
// (threads, replies, reports); a member is one more kind of outbox subject (confirmation,
// decision, sign-in link, the yearly question, the board's digest).
const member: OutboxSubject = { column: 'member_id', table: 'members', index: 'outbox_member' };

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('organisation_type', 'text')
    .addColumn('website', 'text')
    .addColumn('authority', 'text')
    .addColumn('notable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('role', 'text')
    .addColumn('area', 'text')
    .addColumn('practices', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('profile', 'text')
    .addColumn('shown', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('principles_version', 'text', (c) => c.notNull())
    .addColumn('consent_version', 'text')
    .addColumn('notice_version', 'text')
    .addColumn('consented_at', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirm_hash', 'text', (c) => c.unique())
    .addColumn('confirm_expires_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('reason', 'text')
    .addColumn('active_confirmed_at', 'text')
    .addColumn('reconfirm_asked_at', 'text')
    .addColumn('lapsed_at', 'text')
    .addColumn('left_at', 'text')
    .addColumn('digest', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unsubscribe_hash', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('members_directory').on('members').columns(['state', 'kind', 'name', 'id']).execute();

  await db.schema
    .createTable('member_sign_ins')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.unique())
    .addColumn('expires_at', 'text')
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createTable('member_sessions')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('board_threads')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('member_id', 'integer', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('active_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('reason', 'text')
    .addColumn('digested_at', 'text')
    .execute();
  await db.schema.createIndex('board_threads_active').on('board_threads').columns(['state', 'active_at', 'id']).execute();
  await db.schema
    .createTable('board_replies')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('thread_id', 'integer', (c) => c.notNull().references('board_threads.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('board_replies_thread').on('board_replies').columns(['thread_id', 'created_at']).execute();
  await db.schema
    .createTable('board_reports')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('thread_id', 'integer', (c) => c.references('board_threads.id').onDelete('cascade'))
    .addColumn('reply_id', 'integer', (c) => c.references('board_replies.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addCheckConstraint('board_reports_one_subject', sql`(thread_id is null) <> (reply_id is null)`)
    .execute();
  // A member reports a post once: a second click neither counts twice nor fails.
  await db.schema.createIndex('board_reports_thread_once').on('board_reports').columns(['thread_id', 'member_id']).unique().execute();
  await db.schema.createIndex('board_reports_reply_once').on('board_reports').columns(['reply_id', 'member_id']).unique().execute();

  await addOutboxSubject(db, [...subjectsAfterTrending, commentSubject], member);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropOutboxSubject(db, [...subjectsAfterTrending, commentSubject], member);
  for (const table of ['board_reports', 'board_replies', 'board_threads', 'member_sessions', 'member_sign_ins', 'members']) {
    await db.schema.dropTable(table).execute();
  }
}
