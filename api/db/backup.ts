import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export class BackupError extends Error {}

/**
 * A consistent copy of a live SQLite database, by SQLite's online backup: every page in one
 * step, inside one read transaction, so the copy is the database as one commit left it (WAL
 * lets the server go on writing meanwhile). Written beside the destination and renamed when
 * complete and checked, so a destination that exists is always a whole backup.
 */
export async function backupSqlite(source: string, destination: string): Promise<{ bytes: number }> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists: choose another name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new SqliteDatabase(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // better-sqlite3's first step only starts the backup; this makes the next one take every page.
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const copy = new SqliteDatabase(partial, { fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`The backup failed its check (${String(check)}); ${partial} is kept for inspection.`);
    // The copy is left in rollback mode on disk: one file, nothing beside it to forget.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const fd = fs.openSync(partial, 'r');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(partial, destination);
  return { bytes: fs.statSync(destination).size };
}
