import { sql } from 'kysely';
import type { Db } from '../../api/db/database.ts';
import { isPostgres } from '../../api/db/dialect.ts';

/** What each database says when a row breaks a constraint, for tests that prove the schema refuses it. */
export const checkViolation = /CHECK constraint|violates check constraint/;
export const uniqueViolation = /UNIQUE constraint|duplicate key value violates unique constraint/;

/**
 * Makes every insert into `table` fail with `message`, as a full disk would: the fault a test
 * needs to prove nothing half-stored stays (`whenName`: only a row with that name, one bad row
 * among good ones). Returns what lets inserts through again.
 */
export async function refuseInserts(db: Db, table: string, message: string, { whenName }: { whenName?: string } = {}): Promise<() => Promise<void>> {
  // Only the rows with this name, when given: one bad row among others.
  const only = whenName === undefined ? 'true' : `new.name = '${whenName.replace(/'/g, "''")}'`;
  const allow = async () => {
    await sql.raw(`drop trigger refuse_${table}${isPostgres(db) ? ` on ${table}` : ''}`).execute(db);
  };
  if (isPostgres(db)) {
    await sql
      .raw(
        `create function refuse_${table}() returns trigger language plpgsql as $$ begin if ${only} then raise exception '${message}'; end if; return new; end $$;
         create trigger refuse_${table} before insert on ${table} for each row execute function refuse_${table}();`,
      )
      .execute(db);
  } else {
    await sql.raw(`create trigger refuse_${table} before insert on ${table} when ${only} begin select raise(abort, '${message}'); end`).execute(db);
  }
  return allow;
}

/** Every table of the application (not the database's own catalogue). */
export async function tableNames(db: Db): Promise<string[]> {
  const rows = isPostgres(db)
    ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
    : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}
