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

/**
 * Opens the configured database and brings its schema up to date. Kysely's migrator holds a
 * session-level advisory lock on PostgreSQL (so servers starting together migrate one at a
 * time): behind a transaction pooler such as PgBouncer that lock means nothing, so migrations
 * then go over DATABASE_MIGRATION_URL, a direct connection.
 */
export async function connectDb(config: Pick<Config, 'dataDir' | 'databaseUrl'> & { databaseMigrationUrl?: string | undefined }): Promise<Db> {
  const db = openDb(config);
  const direct = config.databaseMigrationUrl ? openDb({ ...config, databaseUrl: config.databaseMigrationUrl }) : undefined;
  try {
    await migrateToLatest(direct ?? db);
  } catch (error) {
    await db.destroy();
    throw error;
  } finally {
    await direct?.destroy();
  }
  return db;
}
