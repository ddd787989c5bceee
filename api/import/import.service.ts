import { createHash } from 'node:crypto';
import { recordAudit } from '../admin/audit.repository.ts';
import { applyCountChanges, type CountChange } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { type FieldProblem, fieldMessages, fieldProblems } from '../i18n/validation/problems.ts';
import { readOverride } from '../letters/letter-override.service.ts';
import { findLetter } from '../letters/letter.service.ts';
import { isoDay } from '../letters/letter.time.ts';
import { touchList } from '../lists/list-version.ts';
import type { OrganisationType } from '../organisations/organisation-type.ts';
import { contactsGoAt } from '../retention/retention.dates.ts';
import { emailKey } from '../signatures/email.ts';
import { signatureInputSchema } from '../signatures/signature.schema.ts';
import { searchKey } from '../signatures/signature.service.ts';
import type { SignatureKind } from '../signatures/signature.table.ts';
import { CsvSyntaxError, parseCsv } from './csv.parse.ts';

/**
 * Paper or offline signatures, from a CSV (the contract's columns; `organisation_type` and
 * `website` may be added for organisations). Every row is checked with the signing form's own
 * schema; `signed_on` (YYYY-MM-DD) must fall while the letter was open and not after today.
 * `email` may be empty (a paper form without one): such a row's key is `paper:` and a hash of
 * its name and date, so it never collides with a real address and the same paper signature
 * imported twice (same name, same day) is a duplicate. A row whose address
 * (by emailKey) already signed the letter, or came earlier in the file, is listed as a
 * duplicate and not added. A file with any bad row adds nothing.
 *
 * Imported rows are confirmed and counted at once (the campaign holds the paper), marked
 * `source = 'import'`, with no updates opt-in; an organisation is `approved` by the campaigner
 * who imported it.
 */
export const importColumns = ['name', 'email', 'kind', 'organisation', 'role', 'place', 'country', 'area', 'signed_on', 'show_name'] as const;
const extraColumns = ['organisation_type', 'website'] as const;

export type ImportRow = {
  line: number;
  name: string;
  email: string;
  key: string;
  kind: SignatureKind;
  organisation: string | null;
  organisation_type: OrganisationType | null;
  website: string | null;
  role: string | null;
  place: string | null;
  country: string;
  area: string | null;
  signed_on: string;
  show_name: boolean;
};
export type ImportError = { line: number; problems: Record<string, FieldProblem> };
export type ImportDuplicate = { line: number; name: string; email: string; firstLine: number | null };
export type ImportPlan = { letter: string; rows: ImportRow[]; duplicates: ImportDuplicate[]; errors: ImportError[] };

/** The key of a signature without an address: a paper form is the same one if its name and day are. */
const paperKey = (name: string, signedOn: string) => `paper:${createHash('sha256').update(`${searchKey(name)}\n${signedOn}`).digest('hex')}`;

const day = /^(\d{4})-(\d{2})-(\d{2})$/;
const realDay = (s: string) => day.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Reads and checks a file against a letter: what would be added, the duplicates, the errors. Changes nothing. */
export async function planImport(deps: Pick<Deps, 'db' | 'letters' | 'clock'>, slug: string, text: string): Promise<ImportPlan> {
  const letter = findLetter(deps, slug);
  const plan: ImportPlan = { letter: letter.slug, rows: [], duplicates: [], errors: [] };
  // Past its retention date a letter's rows hold no addresses to recognise a signer by: a file
  // imported again would count everyone twice.
  const goAt = contactsGoAt(letter, await readOverride(deps.db, letter.slug));
  if (goAt && goAt <= deps.clock()) {
    plan.errors.push({ line: 1, problems: { file: { key: 'import.retained' } } });
    return plan;
  }
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    plan.errors.push({ line: e.line, problems: { file: { key: 'import.syntax' } } });
    return plan;
  }
  const [header, ...body] = records;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const known: readonly string[] = [...importColumns, ...extraColumns];
  if (!header || importColumns.some((c) => !names.includes(c)) || names.some((n) => !known.includes(n)) || new Set(names).size !== names.length) {
    plan.errors.push({ line: 1, problems: { file: { key: 'import.header' } } });
    return plan;
  }
  if (body.length === 0) {
    plan.errors.push({ line: 1, problems: { file: { key: 'import.empty' } } });
    return plan;
  }
  const from = isoDay(letter.opens);
  const today = isoDay(deps.clock());
  const until = letter.closes && isoDay(letter.closes) < today ? isoDay(letter.closes) : today;
  for (const record of body) {
    if (record.fields.length !== names.length) {
      plan.errors.push({ line: record.line, problems: { file: { key: 'import.columns' } } });
      continue;
    }
    const cell = Object.fromEntries(names.map((n, i) => [n, record.fields[i]!]));
    const email = (cell.email ?? '').trim();
    const kind = (cell.kind ?? '').trim().toLowerCase() || 'individual';
    const parsed = signatureInputSchema.safeParse({
      ...cell,
      kind,
      // A paper form without an address: checked as if it had one, then kept without.
      email: email || 'paper@example.org',
      // Organisations on paper rarely give these: a campaigner vouches for them instead.
      organisation_type: cell.organisation_type || (kind === 'organisation' ? 'other' : undefined),
      website: cell.website || (kind === 'organisation' ? 'https://example.org/' : undefined),
      updates: false,
      consent: true,
    });
    const problems: Record<string, FieldProblem> = parsed.success ? {} : fieldProblems(parsed.error);
    const signedOn = (cell.signed_on ?? '').trim();
    if (!signedOn) problems.signed_on = { key: 'signed_on.required' };
    else if (!realDay(signedOn)) problems.signed_on = { key: 'signed_on.format' };
    else if (signedOn < from || signedOn > until) problems.signed_on = { key: 'signed_on.outside' };
    if (Object.keys(problems).length > 0 || !parsed.success) {
      plan.errors.push({ line: record.line, problems });
      continue;
    }
    const s = parsed.data;
    plan.rows.push({
      line: record.line,
      name: s.name,
      email,
      key: email ? emailKey(email) : paperKey(s.name, signedOn),
      kind: s.kind,
      organisation: s.organisation ?? null,
      organisation_type: s.kind === 'organisation' ? ((cell.organisation_type ? s.organisation_type : null) ?? null) : null,
      website: s.kind === 'organisation' && cell.website ? (s.website ?? null) : null,
      role: s.role ?? null,
      place: s.place ?? null,
      country: s.country,
      area: s.area ?? null,
      signed_on: signedOn,
      show_name: s.show_name,
    });
  }
  // Duplicates: earlier in the file, or already on the letter (in any state: one signature per address).
  const firstByKey = new Map<string, number>();
  const kept: ImportRow[] = [];
  for (const row of plan.rows) {
    const first = firstByKey.get(row.key);
    if (first !== undefined) plan.duplicates.push({ line: row.line, name: row.name, email: row.email, firstLine: first });
    else {
      firstByKey.set(row.key, row.line);
      kept.push(row);
    }
  }
  const keys = [...firstByKey.keys()];
  const existing = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const found = await deps.db.selectFrom('signatures').select('email_key').where('letter', '=', letter.slug).where('email_key', 'in', keys.slice(i, i + 500)).execute();
    for (const r of found) existing.add(r.email_key);
  }
  plan.rows = [];
  for (const row of kept) {
    if (existing.has(row.key)) plan.duplicates.push({ line: row.line, name: row.name, email: row.email, firstLine: null });
    else plan.rows.push(row);
  }
  plan.duplicates.sort((a, b) => a.line - b.line);
  return plan;
}

/** Each error's problems in words of one language, field by field. */
export const errorMessages = (e: ImportError, locale: Locale) => fieldMessages(e.problems, locale);

/**
 * Adds a plan's rows in one transaction, counted as they go in; nothing if the plan has any
 * error. A row whose address signed in the meantime is skipped (the unique key decides), so
 * running the same file twice adds it once. Answers how many were added and skipped.
 */
export async function applyImport(
  deps: Pick<Deps, 'db' | 'clock'>,
  plan: ImportPlan,
  by: string,
  { locale = 'en', onProgress }: { locale?: Locale; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ added: number; skipped: number }> {
  if (plan.errors.length > 0) throw new Error('a file with errors adds nothing');
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    let added = 0;
    const counted: CountChange[] = [];
    let done = 0;
    for (const row of plan.rows) {
      const noon = new Date(`${row.signed_on}T12:00:00.000Z`);
      const at = (noon < now ? noon : now).toISOString();
      const organisation = row.kind === 'organisation';
      const inserted = await tx
        .insertInto('signatures')
        .values({
          letter: plan.letter,
          state: 'verified',
          kind: row.kind,
          name: row.name,
          search_name: searchKey(row.name),
          email: row.email,
          email_key: row.key,
          organisation: row.organisation,
          organisation_type: row.organisation_type,
          website: row.website,
          role: row.role,
          place: row.place,
          country: row.country,
          area: row.area,
          comment: null,
          show_name: row.show_name ? 1 : 0,
          updates: 0,
          locale,
          source: 'import',
          created_at: at,
          verified_at: at,
          withdrawn_at: null,
          authority: organisation ? 'approved' : null,
          authority_by: organisation ? by : null,
          authority_at: organisation ? now.toISOString() : null,
          authority_reason: null,
          logo: null,
        })
        .onConflict((oc) => oc.columns(['letter', 'email_key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
        added++;
        const signature = { letter: plan.letter, kind: row.kind, country: row.country, area: row.area, organisation_type: row.organisation_type, verified_at: at };
        counted.push({ signature, delta: 1 });
      }
      done++;
      onProgress?.(done, plan.rows.length);
    }
    // Once for the whole file: a thousand paper signatures write the total counter once.
    await applyCountChanges(tx, counted);
    const skipped = plan.rows.length - added;
    if (added > 0) await touchList(tx, plan.letter, now);
    await recordAudit(tx, {
      at: now,
      actor: by,
      action: 'data.imported',
      subject: { type: 'letter', id: plan.letter },
      detail: { letter: plan.letter, rows: added, duplicates: plan.duplicates.length + skipped },
    });
    return { added, skipped };
  });
}
