import path from 'node:path';
import { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Db } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { postgresDialect, postgresPool } from './postgres.ts';
import { ImmediateSqliteDialect, openSqlite } from './sqlite.ts';

export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:/.test(url);

/** The SQLite file a configuration points at (DATABASE_URL `sqlite:`/`file:` or DATA_DIR's default). */
export function sqliteFile(config: Pick<Config, 'dataDir' | 'databaseUrl'>): string {
  const url = config.databaseUrl;
  return url ? url.replace(/^(sqlite|file):(\/\/)?/, '') : path.join(config.dataDir, 'llofnod.sqlite');
}

/** Opens the configured database (without migrating it). */
export function openDb(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Db {
  const dialect = isPostgresUrl(config.databaseUrl)
    ? postgresDialect(postgresPool(config.databaseUrl))
    : new ImmediateSqliteDialect(openSqlite(sqliteFile(config)));
  return new Kysely<any>({ dialect }) as Db;
}

/** Opens the configured database and brings its schema up to date. */
export async function connectDb(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Db> {
  const db = openDb(config);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
