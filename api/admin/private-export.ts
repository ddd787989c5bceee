import { Hono, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { UnauthorisedError } from '../errors.ts';
import { csvStream } from '../http/csv.ts';
import { findLetter } from '../letters/letter.service.ts';
import type { Signature } from '../signatures/signature.table.ts';
import { recordAudit } from './audit.repository.ts';
import { sessionCookieName } from './session.cookie.ts';
import { liveSession } from './session.service.ts';

/**
 * The campaign's private export of one letter: every confirmed signature (erased ones excepted:
 * nothing is left of them to export) with what the signer typed, and the email address only of
 * those who opted in to updates; everyone else's email cell is empty. Each download is written
 * to the audit log first (who, when, which letter, how many rows), so no file leaves unrecorded.
 * The rows are those that existed when it was recorded (by id), so the count is the file's.
 */
export const privateColumns = [
  'name',
  'email',
  'kind',
  'organisation',
  'organisation_type',
  'website',
  'role',
  'place',
  'country',
  'area',
  'comment',
  'show_name',
  'updates',
  'authority',
  'source',
  'signed_at',
] as const;

const selected = ['id', 'name', 'email', 'kind', 'organisation', 'organisation_type', 'website', 'role', 'place', 'country', 'area', 'comment', 'show_name', 'updates', 'authority', 'source', 'verified_at'] as const;
type Row = Pick<Signature, (typeof selected)[number]>;

const exported = (db: Db, letter: string) =>
  db.selectFrom('signatures').where('letter', '=', letter).where('state', '=', 'verified').where('email_key', 'not like', 'erased:%');

/** Rows per page: each page one query on the reader, and one chunk of the file. */
const pageSize = 1000;

async function* pagesUpTo(db: Db, letter: string, lastId: number): AsyncGenerator<Row[]> {
  let after = 0;
  for (;;) {
    const page = await exported(db, letter).select([...selected]).where('id', '>', after).where('id', '<=', lastId).orderBy('id').limit(pageSize).execute();
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}

const cellsOf = (r: Row): (string | null)[] => [
  r.name,
  r.updates === 1 ? r.email : '',
  r.kind,
  r.organisation,
  r.organisation_type,
  r.website,
  r.role,
  r.place,
  r.country,
  r.area,
  r.comment,
  String(r.show_name === 1),
  String(r.updates === 1),
  r.authority,
  r.source,
  r.verified_at,
];

/** Records the export and answers the CSV stream and how many rows it holds. */
export async function privateExport(deps: Pick<Deps, 'db' | 'reader' | 'clock'>, letter: string, by: string) {
  const at = deps.clock();
  const { rows, lastId } = await deps.db.transaction().execute(async (tx) => {
    const r = await exported(tx, letter)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('last')])
      .executeTakeFirstOrThrow();
    const rows = Number(r.n);
    await recordAudit(tx, { at, actor: by, action: 'data.exported', subject: { type: 'letter', id: letter }, detail: { letter, rows } });
    return { rows, lastId: Number(r.last ?? 0) };
  });
  return { rows, csv: csvStream(privateColumns, pagesUpTo(deps.reader, letter, lastId), cellsOf) };
}

type ExportDeps = Deps & { config: { adminEmails: readonly string[] } };

/** Mounted under /api/admin, behind the session gate of api/app.ts. */
export const privateExportRoutes = (deps: ExportDeps, downloads: MiddlewareHandler) =>
  new Hono().get('/admin/letters/:slug/export.csv', downloads, async (c) => {
    const letter = findLetter(deps, c.req.param('slug'));
    // The gate let the request in; the session says who is downloading, for the audit log.
    const session = await liveSession(deps.db, deps.config.adminEmails, getCookie(c, sessionCookieName), deps.clock());
    if (!session) throw new UnauthorisedError();
    const { csv } = await privateExport(deps, letter.slug, session.email);
    const day = deps.clock().toISOString().slice(0, 10);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${letter.slug}-private-${day}.csv"`,
      'Cache-Control': 'no-store',
    });
  });
