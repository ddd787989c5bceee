import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { connectDb, openDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { openReader } from '../../api/db/reader.ts';
import { freshPostgresDatabase, onPostgres } from './postgres.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/**
 * A fresh migrated database, removed after the test: a real SQLite file in a temporary folder,
 * or in the PostgreSQL run a real PostgreSQL database of its own. `dataDir` holds uploads and
 * mail files either way.
 */
export async function freshDb(): Promise<{ db: Db; dataDir: string; databaseUrl: string | undefined }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-test-'));
  const database = onPostgres ? await freshPostgresDatabase() : undefined;
  const db = await connectDb({ dataDir, databaseUrl: database?.url });
  cleanups.push(async () => {
    await db.destroy();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return { db, dataDir, databaseUrl: database?.url };
}

/** Another connection to a fresh database, as a second app server would open it; closed after the test. */
export function anotherConnection(fresh: { dataDir: string; databaseUrl: string | undefined }): Db {
  const db = openDb(fresh);
  cleanups.push(() => db.destroy());
  return db;
}

/** The long reads' handle on a fresh database, as a server opens it beside its own (api/db/reader.ts); closed after the test. */
export function readerOf(fresh: { dataDir: string; databaseUrl: string | undefined }): Db {
  const reader = openReader(fresh);
  cleanups.push(() => reader.destroy());
  return reader;
}
