import type { Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import type { NewSupportLetter, SupportLetter, SupportState } from './support.table.ts';

export async function insertSupport(db: Db, row: NewSupportLetter): Promise<number> {
  const { id } = await db.insertInto('support_letters').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findSupport(db: Db, id: number): Promise<SupportLetter | undefined> {
  return db.selectFrom('support_letters').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The letter of support, locked until the transaction ends (api/db/dialect.ts): decide on it as it is. */
export async function lockSupport(db: Db, id: number): Promise<SupportLetter | undefined> {
  return forUpdate(db, db.selectFrom('support_letters').selectAll().where('id', '=', id)).executeTakeFirst();
}

export async function findSupportByHash(db: Db, hash: string): Promise<SupportLetter | undefined> {
  return db.selectFrom('support_letters').selectAll().where('confirm_hash', '=', hash).executeTakeFirst();
}

/**
 * Moves a letter of support on only from the state the caller saw: of two campaigners deciding
 * at once, or two clicks on one link, exactly one gets `true`.
 */
export async function moveSupport(db: Db, id: number, from: SupportState, changes: Partial<NewSupportLetter>): Promise<boolean> {
  const { numUpdatedRows } = await db
    .updateTable('support_letters')
    .set(changes)
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirstOrThrow();
  return numUpdatedRows === 1n;
}

/** How many mails about letters of support one address has been sent since a moment. */
export async function supportMailsSince(db: Db, emailKey: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .innerJoin('support_letters', 'support_letters.id', 'outbox.support_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('support_letters.email_key', '=', emailKey)
    .where('outbox.created_at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Published letters of support a reader may see: notable first, then in the order they were published. */
export async function listPublished(db: Db, letter: string): Promise<SupportLetter[]> {
  return db
    .selectFrom('support_letters')
    .selectAll()
    .where('letter', '=', letter)
    .where('state', '=', 'published')
    .where('publish', '!=', 'none')
    .orderBy('notable', 'desc')
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
}

/** Letters of support in one state, oldest confirmation first: the queue, and the campaigners' list. */
export async function listInState(db: Db, state: SupportState): Promise<SupportLetter[]> {
  return db
    .selectFrom('support_letters')
    .selectAll()
    .where('state', '=', state)
    .orderBy('notable', 'desc')
    .orderBy('confirmed_at')
    .orderBy('id')
    .execute();
}

export async function countInState(db: Db, state: SupportState): Promise<number> {
  const row = await db
    .selectFrom('support_letters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', state)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What changes whenever the published letters of support of a letter do: how many, and the latest decision. */
export async function publishedSupportStamp(db: Db, letter: string): Promise<string> {
  const row = await db
    .selectFrom('support_letters')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('decided_at').as('latest')])
    .where('letter', '=', letter)
    .where('state', '=', 'published')
    .where('publish', '!=', 'none')
    .executeTakeFirstOrThrow();
  return `${Number(row.n)}@${row.latest ?? ''}`;
}
