import { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import { isPostgresUrl, sqliteFile } from './connect.ts';
import type { Db } from './database.ts';
import { postgresDialect, postgresPool } from './postgres.ts';
import { ImmediateSqliteDialect, openSqliteReader } from './sqlite.ts';

/**
 * How many downloads of a whole list (the public CSV, the private export) one server streams
 * at once; more are answered 503 with Retry-After (api/http/download-slots.ts). On PostgreSQL
 * it is also the size of the readers' own pool, so those downloads never wait for each other.
 */
export const concurrentDownloads = 4;

/**
 * The handle for the long reads: the exports, freezing a snapshot, the delivery pack. They
 * never go through `deps.db`, which signing needs:
 * - on SQLite Kysely has one connection behind a mutex, so a million-row read on it would queue
 *   every signature; the long reads have a read-only connection of their own (WAL lets it read
 *   while the writer commits), opened once per process;
 * - on PostgreSQL a slow download would hold a connection of the request pool for minutes; the
 *   long reads have a small pool of their own.
 * Both are read a page at a time, so downloads on one reader take turns and none holds it.
 */
export function openReader(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Db {
  const dialect = isPostgresUrl(config.databaseUrl)
    ? postgresDialect(postgresPool(config.databaseUrl, { max: concurrentDownloads }))
    : new ImmediateSqliteDialect(openSqliteReader(sqliteFile(config)));
  return new Kysely<any>({ dialect }) as Db;
}
