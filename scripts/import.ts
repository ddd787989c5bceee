/**
 * `npm run import -- --letter SLUG FILE.csv [--by EMAIL] [--dry-run]`: adds paper or offline
 * signatures to a letter (see api/import/import.service.ts for the rules). Works whether the
 * server runs or not: SQLite in WAL mode with a busy timeout lets both write, and the whole
 * file goes in as one transaction. Prints the duplicates and the errors by line; a file with
 * any bad row adds nothing and exits 1 (2 for a wrong command line).
 */
import fs from 'node:fs';
import { clockFor, loadConfig } from '../api/config.ts';
import { runCommand } from './lib/run-command.ts';
import { connectDb } from '../api/db/connect.ts';
import { NotFoundError } from '../api/errors.ts';
import { applyImport, errorMessages, planImport } from '../api/import/import.service.ts';
import { loadLetterCatalogue } from '../api/letters/letter.catalogue.ts';

const usage = 'Usage: npm run import -- --letter SLUG FILE.csv [--by YOUR-EMAIL] [--dry-run]';

function args(argv: string[]) {
  let letter: string | undefined;
  let by = 'command line';
  let dryRun = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--letter') letter = argv[++i];
    else if (a.startsWith('--letter=')) letter = a.slice('--letter='.length);
    else if (a === '--by') by = argv[++i] ?? by;
    else if (a === '--dry-run') dryRun = true;
    else if (a.startsWith('--')) return undefined;
    else files.push(a);
  }
  return letter && files.length === 1 ? { letter, file: files[0]!, by, dryRun } : undefined;
}

function progress(done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `Adding [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`);
  else if (done === total || done % Math.max(100, Math.ceil(total / 10)) === 0) console.log(line);
}

async function main(): Promise<number> {
  const parsed = args(process.argv.slice(2));
  if (!parsed) {
    console.error(usage);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(parsed.file, 'utf8');
  } catch (e) {
    console.error(`Cannot read ${parsed.file}: ${(e as Error).message}`);
    return 2;
  }
  const config = loadConfig(process.env);
  const deps = { db: await connectDb(config), letters: loadLetterCatalogue(config.rootDir), clock: clockFor(config) };
  try {
    const plan = await planImport(deps, parsed.letter, text);
    for (const d of plan.duplicates) {
      console.log(`line ${d.line}: duplicate, not added: ${d.name} (${d.firstLine === null ? 'already signed this letter' : `same address as line ${d.firstLine}`})`);
    }
    if (plan.errors.length > 0) {
      for (const e of plan.errors) {
        for (const [field, message] of Object.entries(errorMessages(e, 'en'))) console.error(`line ${e.line}: ${field}: ${message}`);
      }
      console.error(`${plan.errors.length} line(s) have errors: nothing was added. Correct the file and run the import again.`);
      return 1;
    }
    console.log(`${plan.rows.length} signature(s) to add to ${plan.letter}, ${plan.duplicates.length} duplicate(s) left out.`);
    if (parsed.dryRun || plan.rows.length === 0) return 0;
    const { added, skipped } = await applyImport(deps, plan, parsed.by, { onProgress: progress });
    console.log(`Added ${added} signature(s) to ${plan.letter}${skipped ? `; ${skipped} had signed meanwhile and were left out` : ''}.`);
    return 0;
  } catch (e) {
    if (e instanceof NotFoundError) {
      console.error(`There is no letter "${parsed.letter}" in content/letters.`);
      return 2;
    }
    throw e;
  } finally {
    await deps.db.destroy();
  }
}

runCommand(main);
