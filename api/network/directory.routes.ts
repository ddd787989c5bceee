import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { csvRow } from '../http/csv.ts';
import { allDirectory, listDirectory } from './directory.repository.ts';
import { type DirectoryEntry, directoryQuerySchema } from './directory.schema.ts';

// Columns added later go at the end, as the signatory list's do.
export const directoryCsvColumns = ['name', 'kind', 'organisation', 'organisation_type', 'role', 'area', 'practices', 'profile', 'website', 'verified', 'notable'] as const;
const cellsOf = (e: DirectoryEntry) =>
  directoryCsvColumns.map((c) => (c === 'practices' ? e.practices.join(';') : c === 'verified' || c === 'notable' ? String(e[c]) : e[c]));

/** The directory as CSV: the same writer as the signatory list (api/http/csv.ts: BOM, CRLF, formulas neutralised). */
export const directoryCsv = (entries: readonly DirectoryEntry[]) => `\uFEFF${csvRow([...directoryCsvColumns])}${entries.map((e) => csvRow(cellsOf(e))).join('')}`;

/**
 * A member's change of what they show must reach every reader at once: the answers are never
 * kept by a shared cache, and a browser asks again each time (`no-cache`).
 */
const fresh = { 'Cache-Control': 'no-cache' };

export const directoryRoutes = (deps: Pick<Deps, 'db' | 'clock'>) =>
  new Hono()
    .get('/network/members', async (c) => {
      const query = directoryQuerySchema.parse(c.req.query());
      return c.json(await listDirectory(deps.db, query), 200, fresh);
    })
    .get('/network/members.csv', async (c) => {
      const query = directoryQuerySchema.parse(c.req.query());
      const day = deps.clock().toISOString().slice(0, 10);
      return c.body(directoryCsv(await allDirectory(deps.db, query)), 200, {
        ...fresh,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="network-directory-${day}.csv"`,
      });
    });
