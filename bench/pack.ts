/**
 * `npm run bench:pack`: how long the server takes to make the delivery pack as a PDF for a
 * letter of a real campaign's size and far beyond it (signatures seeded as in `npm run bench`,
 * a third of them organisations, most showing their name). Prints one line per size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectDb } from '../api/db/connect.ts';
import { openReader } from '../api/db/reader.ts';
import { deliveryPackPdf } from '../api/delivery/pack.pdf.ts';
import { deliveryPack } from '../api/delivery/pack.service.ts';
import { loadLetterCatalogue } from '../api/letters/letter.catalogue.ts';
import { seedLetter } from './seed.ts';

const letter = 'make-co-production-count';
const letters = loadLetterCatalogue(process.cwd());

for (const rows of [1_000, 10_000, 50_000]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-pack-'));
  try {
    await seedLetter(dataDir, letter, rows, new Date('2026-10-02T00:00:00Z'), new Date('2026-11-20T00:00:00Z'));
    const db = await connectDb({ dataDir, databaseUrl: undefined });
    const reader = openReader({ dataDir, databaseUrl: undefined });
    const deps = { db, reader, letters, clock: () => new Date('2026-11-22T10:00:00Z') };
    const started = performance.now();
    const pack = await deliveryPack(deps, letter, 'en');
    const read = performance.now();
    const pdf = await deliveryPackPdf(pack);
    const made = performance.now();
    const names = pack.individuals.length + pack.organisations.reduce((n, g) => n + g.names.length, 0);
    console.log(
      `${rows.toLocaleString('en-GB').padStart(7)} signatures (${names.toLocaleString('en-GB')} names): read ${(read - started).toFixed(0)} ms, PDF ${(made - read).toFixed(0)} ms, ${(pdf.byteLength / 1024).toFixed(0)} KiB`,
    );
    await reader.destroy();
    await db.destroy();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
