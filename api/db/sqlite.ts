import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type SqliteDatabase as SqliteDatabaseLike, SqliteDialect, SqliteDriver } from 'kysely';

/**
 * The settings an acknowledged signature depends on: WAL so readers never block the writer,
 * synchronous=FULL so a commit survives power loss, foreign keys, and a busy timeout so a
 * second process waits for the lock instead of failing.
 */
const required = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1 } as const;
const busyTimeoutMs = 5000;

export class UnsafeDatabaseError extends Error {}

export function openSqlite(file: string): SqliteDatabase.Database {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  assertSafe(sqlite, file);
  return sqlite;
}

/**
 * A read-only connection to the same file, for the long reads (api/db/reader.ts): WAL lets it
 * read a consistent snapshot while the writer commits, and it never takes the write lock.
 */
export function openSqliteReader(file: string): SqliteDatabase.Database {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return sqlite;
}

/** Refuses a database that could lose acknowledged signatures (e.g. WAL impossible on its filesystem). */
function assertSafe(sqlite: SqliteDatabase.Database, file: string): void {
  const seen = {
    journal_mode: sqlite.pragma('journal_mode', { simple: true }),
    synchronous: sqlite.pragma('synchronous', { simple: true }),
    foreign_keys: sqlite.pragma('foreign_keys', { simple: true }),
  };
  const wrong = Object.entries(required).filter(([k, v]) => seen[k as keyof typeof seen] !== v);
  const busy = sqlite.pragma('busy_timeout', { simple: true }) as number;
  if (wrong.length > 0 || busy <= 0) {
    sqlite.close();
    const list = wrong.map(([k, v]) => `${k}=${String(seen[k as keyof typeof seen])} (need ${v})`);
    if (busy <= 0) list.push('busy_timeout=0');
    throw new UnsafeDatabaseError(`Refusing to use ${file}: ${list.join(', ')}`);
  }
}

/** BEGIN IMMEDIATE: a write transaction takes the write lock at once, so it cannot deadlock on upgrade. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely prepares every statement afresh; the queries are the same few dozen, so keeping
 * them prepared saves a SQL parse per query (a sixteenth of a signature's CPU time).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, limit = 500): SqliteDatabaseLike {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= limit) cache.clear();
        statement = sqlite.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabaseLike;
  constructor(sqlite: SqliteDatabase.Database) {
    const database = withStatementCache(sqlite);
    super({ database });
    this.#database = database;
  }
  override createDriver() {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}
