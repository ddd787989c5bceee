import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.ts';

// Used by migrations: what it does for a given list must never change, or a database migrated
// before would differ from one migrated after. Add a new function rather than change this one.

/** A kind of thing a mail can be about: its outbox column, the table it refers to, and its index if it has one. */
export type OutboxSubject = { column: string; table: string; index?: string };

const one = (column: string) => sql`(case when ${sql.ref(column)} is null then 0 else 1 end)`;
const exactlyOne = (subjects: OutboxSubject[]) => sql`${sql.join(subjects.map((s) => one(s.column)), sql` + `)} = 1`;
const rest = ['update_id', 'created_at', 'attempts', 'next_attempt_at', 'sent_at', 'failed_at', 'last_error', 'claimed_by'];

/**
 * SQLite cannot change a CHECK in place: the outbox is rebuilt with these subjects, rows copied in
 * id order with the columns of the subjects both tables have (`kept`).
 */
async function rebuildOutbox(db: Kysely<any>, subjects: OutboxSubject[], kept: OutboxSubject[]): Promise<void> {
  let table = db.schema.createTable('outbox_next').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('kind', 'text', (c) => c.notNull());
  for (const s of subjects) table = table.addColumn(s.column, 'integer', (c) => c.references(`${s.table}.id`).onDelete('cascade'));
  await table
    .addCheckConstraint('outbox_one_subject', exactlyOne(subjects))
    .addColumn('update_id', 'integer', (c) => c.references('updates.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('claimed_by', 'text')
    .execute();
  const columns = ['id', 'kind', ...kept.map((s) => s.column), ...rest];
  await db.insertInto('outbox_next').columns(columns).expression(db.selectFrom('outbox').select(columns).orderBy('id')).execute();
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_next').renameTo('outbox').execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['sent_at', 'failed_at', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_update_once').on('outbox').columns(['update_id', 'signature_id']).unique().execute();
  for (const s of subjects) if (s.index) await db.schema.createIndex(s.index).on('outbox').columns([s.column, 'created_at']).execute();
}

/** The outbox gains one kind of subject; `earlier` are the subjects it has, in their order. */
export async function addOutboxSubject(db: Kysely<any>, earlier: OutboxSubject[], added: OutboxSubject): Promise<void> {
  if (!isPostgres(db)) return rebuildOutbox(db, [...earlier, added], earlier);
  await db.schema.alterTable('outbox').addColumn(added.column, 'integer', (c) => c.references(`${added.table}.id`).onDelete('cascade')).execute();
  await db.schema.alterTable('outbox').dropConstraint('outbox_one_subject').execute();
  await db.schema.alterTable('outbox').addCheckConstraint('outbox_one_subject', exactlyOne([...earlier, added])).execute();
  if (added.index) await db.schema.createIndex(added.index).on('outbox').columns([added.column, 'created_at']).execute();
}

/** Undoes `addOutboxSubject`: the mails about that kind of subject go with it. */
export async function dropOutboxSubject(db: Kysely<any>, earlier: OutboxSubject[], dropped: OutboxSubject): Promise<void> {
  await db.deleteFrom('outbox').where(dropped.column, 'is not', null).execute();
  if (!isPostgres(db)) return rebuildOutbox(db, earlier, earlier);
  if (dropped.index) await db.schema.dropIndex(dropped.index).execute();
  await db.schema.alterTable('outbox').dropConstraint('outbox_one_subject').execute();
  await db.schema.alterTable('outbox').addCheckConstraint('outbox_one_subject', exactlyOne(earlier)).execute();
  await db.schema.alterTable('outbox').dropColumn(dropped.column).execute();
}

/** The outbox's subjects after the 2026-12-06-trending-review migration, in column order. */
export const subjectsAfterTrending: OutboxSubject[] = [
  { column: 'signature_id', table: 'signatures', index: 'outbox_signature' },
  { column: 'sign_in_id', table: 'admin_sign_ins' },
  { column: 'support_id', table: 'support_letters', index: 'outbox_support' },
  { column: 'rights_request_id', table: 'rights_requests' },
  { column: 'alert_id', table: 'abuse_alerts' },
];

/** The subject the 2026-12-07-comments migration added. */
export const commentSubject: OutboxSubject = { column: 'comment_id', table: 'comments', index: 'outbox_comment' };
