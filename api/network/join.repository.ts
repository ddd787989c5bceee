import type { Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import type { Member, MemberState, NewMember } from './member.table.ts';

/** The reads and writes of joining and of a coordinator's decision; `db` may be a transaction. */

export const findMemberByKey = (db: Db, emailKey: string): Promise<Member | undefined> =>
  db.selectFrom('members').selectAll().where('email_key', '=', emailKey).executeTakeFirst();

export const findMember = (db: Db, id: number): Promise<Member | undefined> => db.selectFrom('members').selectAll().where('id', '=', id).executeTakeFirst();

export const findMemberByConfirmHash = (db: Db, hash: string): Promise<Member | undefined> =>
  db.selectFrom('members').selectAll().where('confirm_hash', '=', hash).executeTakeFirst();

/** Locked until the transaction ends (PostgreSQL): two coordinators deciding at once, on two servers, decide in turn. */
export const lockMember = (db: Db, id: number): Promise<Member | undefined> =>
  forUpdate(db, db.selectFrom('members').selectAll().where('id', '=', id)).executeTakeFirst();

export async function insertMember(db: Db, row: NewMember): Promise<number> {
  return (await db.insertInto('members').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Compare-and-set: changes a member only while they are still in `from`; false if someone else moved them first. */
export async function moveMember(db: Db, id: number, from: MemberState, changes: Partial<NewMember>): Promise<boolean> {
  const { numUpdatedRows } = await db.updateTable('members').set(changes).where('id', '=', id).where('state', '=', from).executeTakeFirst();
  return numUpdatedRows === 1n;
}

export async function confirmMailsSince(db: Db, memberId: number, since: Date): Promise<number> {
  const { n } = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('member_id', '=', memberId)
    .where('kind', '=', 'member_confirm')
    .where('created_at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Active members by kind, without those who let the yearly question lapse (as the directory counts), counted by the database (count() is a string on PostgreSQL). */
export async function activeCounts(db: Db): Promise<{ individuals: number; organisations: number }> {
  const rows = await db.selectFrom('members').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).where('state', '=', 'active').where('lapsed_at', 'is', null).groupBy('kind').execute();
  const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
  return { individuals: of('individual'), organisations: of('organisation') };
}

/** Applications waiting for a coordinator, oldest first: they have waited longest. */
export const awaitingMembers = (db: Db): Promise<Member[]> =>
  db.selectFrom('members').selectAll().where('state', '=', 'awaiting_approval').orderBy('confirmed_at').orderBy('id').execute();
