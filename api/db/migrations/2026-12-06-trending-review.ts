import { type Kysely, sql } from 'kysely';
import { idType, isPostgres } from './dialect.ts';

// Written against Kysely<any> so it stays as it was on the day it shipped.
// A campaigner's decisions on many signatures at once (invalidate a flood, validate what was set
// aside), each with the exact set it moved and each row's state before, so it can be undone; and
// the trending alerts mailed to the campaigners, whose mail is one more kind of outbox subject.
const one = (column: string) => sql`(case when ${sql.ref(column)} is null then 0 else 1 end)`;
const earlierSubjects = ['signature_id', 'sign_in_id', 'support_id', 'rights_request_id'];
const exactlyOne = (columns: string[]) => sql`${sql.join(columns.map(one), sql` + `)} = 1`;
/** Every column but alert_id, which the rebuilt table adds (or the undone one drops). */
const outboxColumns = [
  'id', 'kind', 'signature_id', 'sign_in_id', 'support_id', 'rights_request_id', 'update_id', 'created_at', 'attempts',
  'next_attempt_at', 'sent_at', 'failed_at', 'last_error', 'claimed_by',
];

/** SQLite cannot change a CHECK in place: the outbox is rebuilt, rows copied in id order. */
async function rebuildOutbox(db: Kysely<any>, withAlerts: boolean): Promise<void> {
  let table = db.schema
    .createTable('outbox_next')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signature_id', 'integer', (c) => c.references('signatures.id').onDelete('cascade'))
    .addColumn('sign_in_id', 'integer', (c) => c.references('admin_sign_ins.id').onDelete('cascade'))
    .addColumn('support_id', 'integer', (c) => c.references('support_letters.id').onDelete('cascade'))
    .addColumn('rights_request_id', 'integer', (c) => c.references('rights_requests.id').onDelete('cascade'));
  table = withAlerts
    ? table.addColumn('alert_id', 'integer', (c) => c.references('abuse_alerts.id').onDelete('cascade')).addCheckConstraint('outbox_one_subject', exactlyOne([...earlierSubjects, 'alert_id']))
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
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bulk_actions')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('letter', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('affected', 'integer', (c) => c.notNull())
    .addColumn('counted', 'integer', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .addColumn('undo_reason', 'text')
    .execute();
  await db.schema.createIndex('bulk_actions_letter').on('bulk_actions').columns(['letter', 'at']).execute();
  await db.schema
    .createTable('bulk_action_signatures')
    .addColumn('action_id', 'integer', (c) => c.notNull().references('bulk_actions.id').onDelete('cascade'))
    .addColumn('signature_id', 'integer', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
    .addColumn('previous_state', 'text', (c) => c.notNull())
    .addColumn('previous_flag', 'text')
    .addPrimaryKeyConstraint('bulk_action_signatures_pk', ['action_id', 'signature_id'])
    .execute();
  await db.schema.createIndex('bulk_action_signatures_signature').on('bulk_action_signatures').column('signature_id').execute();

  await db.schema
    .createTable('abuse_alerts')
    .addColumn('id', idType(db), (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('hour_start', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .execute();

  if (isPostgres(db)) {
    await db.schema.alterTable('outbox').addColumn('alert_id', 'integer', (c) => c.references('abuse_alerts.id').onDelete('cascade')).execute();
    await db.schema.alterTable('outbox').dropConstraint('outbox_one_subject').execute();
    await db.schema.alterTable('outbox').addCheckConstraint('outbox_one_subject', exactlyOne([...earlierSubjects, 'alert_id'])).execute();
    return;
  }
  await rebuildOutbox(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('outbox').where('alert_id', 'is not', null).execute();
  if (isPostgres(db)) {
    await db.schema.alterTable('outbox').dropConstraint('outbox_one_subject').execute();
    await db.schema.alterTable('outbox').addCheckConstraint('outbox_one_subject', exactlyOne(earlierSubjects)).execute();
    await db.schema.alterTable('outbox').dropColumn('alert_id').execute();
  } else {
    await rebuildOutbox(db, false);
  }
  await db.schema.dropTable('abuse_alerts').execute();
  await db.schema.dropTable('bulk_action_signatures').execute();
  await db.schema.dropTable('bulk_actions').execute();
}
