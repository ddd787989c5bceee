import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectDb } from '../../../api/db/connect.ts';
import { migrateToLatest } from '../../../api/db/migrate.ts';
import { UnsafeDatabaseError, openSqlite } from '../../../api/db/sqlite.ts';
import { freshDb } from '../../helpers/db.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-db-'));
  dirs.push(dir);
  return dir;
}

describe('openSqlite', () => {
  it('refuses a database that cannot be in WAL mode (:memory:) with UnsafeDatabaseError', () => {
    expect(() => openSqlite(':memory:')).toThrow(UnsafeDatabaseError);
    expect(() => openSqlite(':memory:')).toThrow(/journal_mode=memory \(need wal\)/);
  });

  it('opens a real file with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const sqlite = openSqlite(path.join(tempDir(), 'nested', 'folder', 'test.sqlite'));
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      sqlite.close();
    }
  });

  it('enforces foreign keys: a token for a signature that does not exist is refused', async () => {
    const { db } = await freshDb();
    await expect(
      db
        .insertInto('tokens')
        .values({ signature_id: 12345, purpose: 'confirm', hash: 'x'.repeat(64), created_at: '', expires_at: '', used_at: null })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe('write transactions', () => {
  it('take the write lock up front (BEGIN IMMEDIATE): a second writer waits, never deadlocks', async () => {
    const dir = tempDir();
    const a = await connectDb({ dataDir: dir, databaseUrl: undefined });
    const other = openSqlite(path.join(dir, 'llofnod.sqlite'));
    try {
      other.pragma('busy_timeout = 1');
      let lockedDuringTx: unknown;
      await a.transaction().execute(async (tx) => {
        // Nothing written yet, and still another connection cannot start writing.
        await tx.selectFrom('signatures').select('id').execute();
        try {
          other.exec('begin immediate');
          other.exec('rollback');
        } catch (e) {
          lockedDuringTx = e;
        }
      });
      expect(String(lockedDuringTx)).toMatch(/locked|busy/i);
      other.exec('begin immediate');
      other.exec('rollback');
    } finally {
      other.close();
      await a.destroy();
    }
  });
});

describe('migrateToLatest', () => {
  it('is a no-op the second time, keeping every row', async () => {
    const { db } = await freshDb();
    await db.insertInto('counters').values({ letter: 'l', dimension: 'total', key: '', n: 7 }).execute();
    const tablesBefore = await db.introspection.getTables();
    await migrateToLatest(db);
    await migrateToLatest(db);
    expect(await db.introspection.getTables()).toEqual(tablesBefore);
    expect(await db.selectFrom('counters').select('n').execute()).toEqual([{ n: 7 }]);
  });

  it('reopens an existing database file as it was', async () => {
    const dir = tempDir();
    const first = await connectDb({ dataDir: dir, databaseUrl: undefined });
    await first.insertInto('counters').values({ letter: 'l', dimension: 'total', key: '', n: 3 }).execute();
    await first.destroy();
    const again = await connectDb({ dataDir: dir, databaseUrl: undefined });
    expect(await again.selectFrom('counters').select('n').execute()).toEqual([{ n: 3 }]);
    await again.destroy();
  });
});

describe('connectDb', () => {
  it('uses a sqlite: DATABASE_URL as a file path', async () => {
    const file = path.join(tempDir(), 'elsewhere.sqlite');
    const db = await connectDb({ dataDir: '/nonexistent', databaseUrl: `sqlite:${file}` });
    await db.destroy();
    expect(fs.existsSync(file)).toBe(true);
  });
});
