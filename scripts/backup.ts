/**
 * `npm run backup [-- FILE]`: a consistent copy of the SQLite database, taken while the server
 * runs (SQLite's online backup; the server goes on signing people meanwhile), to FILE or to
 * DATA_DIR/backups/llofnod-<UTC time>.sqlite. Restoring is in docs/operations.md. On
 * PostgreSQL it refuses: pg_dump is the tool there.
 */
import path from 'node:path';
import { loadConfig } from '../api/config.ts';
import { runCommand } from './lib/run-command.ts';
import { BackupError, backupSqlite } from '../api/db/backup.ts';
import { isPostgresUrl, sqliteFile } from '../api/db/connect.ts';

const usage = 'Usage: npm run backup [-- FILE]';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length > 1 || argv[0]?.startsWith('-')) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig(process.env);
  if (isPostgresUrl(config.databaseUrl)) {
    console.error(
      'DATABASE_URL is PostgreSQL: back it up with pg_dump, e.g. pg_dump -Fc -f llofnod.dump "$DATABASE_URL", and restore with pg_restore (docs/operations.md).',
    );
    return 2;
  }
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const destination = path.resolve(argv[0] ?? path.join(config.dataDir, 'backups', `llofnod-${stamp}.sqlite`));
  const source = sqliteFile(config);
  try {
    const { bytes } = await backupSqlite(source, destination);
    console.log(`Backed up ${source} to ${destination} (${(bytes / 1048576).toFixed(1)} MB). Back up ${path.join(config.dataDir, 'uploads')} with it.`);
    return 0;
  } catch (e) {
    if (e instanceof BackupError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

runCommand(main);
