import path from 'node:path';
import { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Db } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { ImmediateSqliteDialect, openSqlite } from './sqlite.ts';

/** Opens the configured database and brings its schema up to date. */
export async function connectDb(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Db> {
  const url = config.databaseUrl;
  if (url && /^postgres(ql)?:/.test(url)) {
    throw new Error('DATABASE_URL: PostgreSQL support is not built yet; unset it to use SQLite.');
  }
  const file = url ? url.replace(/^(sqlite|file):(\/\/)?/, '') : path.join(config.dataDir, 'llofnod.sqlite');
  const db = new Kysely<any>({ dialect: new ImmediateSqliteDialect(openSqlite(file)) });
  await migrateToLatest(db);
  return db as Db;
}
