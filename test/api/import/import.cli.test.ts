import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCounts } from '../../../api/counts/counter.repository.ts';
import { parseCsv } from '../../../api/import/csv.parse.ts';
import { freshDb } from '../../helpers/db.ts';

const letter = 'make-co-production-count';
const header = 'name,email,kind,organisation,role,place,country,area,signed_on,show_name';

/** Runs `npm run import`'s script as a person would, against the test's DATA_DIR (the database stays open here, as a running server's would). */
function runImport({ dataDir, databaseUrl }: { dataDir: string; databaseUrl?: string }, csv: string, extra: string[] = []) {
  const file = path.join(dataDir, 'paper.csv');
  fs.writeFileSync(file, csv);
  const res = spawnSync('node_modules/node/bin/node', ['scripts/import.ts', '--letter', letter, file, ...extra], {
    env: { ...process.env, DATA_DIR: dataDir, CLOCK_AT: '2026-11-22T10:00:00Z', DATABASE_URL: databaseUrl ?? '' },
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const rows = (db: Awaited<ReturnType<typeof freshDb>>['db']) => db.selectFrom('signatures').selectAll().orderBy('id').execute();

describe('the CSV parser', () => {
  it('reads quotes, commas and line breaks in quotes, doubled quotes, a BOM and CRLF', () => {
    const records = parseCsv('\uFEFFa,b\r\n"x, y","line\r\nbreak"\r\n"say ""hi""",\r\n\r\nlast,row');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'line\r\nbreak'] },
      { line: 4, fields: ['say "hi"', ''] },
      { line: 6, fields: ['last', 'row'] },
    ]);
  });

  it('refuses a quote never closed', () => {
    expect(() => parseCsv('a,b\n"open,x\n')).toThrow(/line 2/);
  });
});

describe('npm run import -- --letter SLUG FILE.csv', () => {
  it('adds the file’s signatures, verified, marked as imported and counted; lists duplicates once', async () => {
    const target = await freshDb();
    const { db } = target;
    await db
      .insertInto('signatures')
      .values({
        ...{ letter, state: 'verified', kind: 'individual', name: 'Already Here', search_name: 'already here', email: 'here@example.org', email_key: 'here@example.org' },
        ...{ organisation: null, role: null, place: null, country: 'GB-WLS', area: null, comment: null, show_name: 1, updates: 0, locale: 'en', source: 'web' },
        ...{ created_at: '2026-11-20T10:00:00.000Z', verified_at: '2026-11-20T10:00:00.000Z', withdrawn_at: null, authority: null, authority_by: null, authority_at: null, authority_reason: null, logo: null },
      })
      .execute();
    const csv = [
      `\uFEFF${header}`,
      '"Prys, Elin",elin@example.org,individual,,"Nurse, retired","Llan\nfair",GB-WLS,W06000001,2026-11-20,yes',
      'Cyngor Tref Bach,clerc@bach.example,organisation,Cyngor Tref Bach,Clerc,,GB-WLS,,2026-11-21,yes',
      'No Email,,,,,,US,,2026-11-21,no',
      'Elin Again,Elin+paper@EXAMPLE.org,individual,,,,GB-WLS,,2026-11-21,yes',
      'Here Again,here@example.org,individual,,,,GB-WLS,,2026-11-21,yes',
      '',
    ].join('\r\n');
    const run = runImport(target, csv);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/line 6: duplicate, not added: Elin Again \(same address as line 2\)/);
    expect(run.out).toMatch(/line 7: duplicate, not added: Here Again \(already signed this letter\)/);
    expect(run.out).toContain('Adding [');
    expect(run.out).toContain('Added 3 signature(s)');

    const all = await rows(db);
    const imported = all.filter((r) => r.source === 'import');
    expect(imported.map((r) => [r.name, r.state, r.kind, r.place, r.email])).toEqual([
      ['Prys, Elin', 'verified', 'individual', 'Llan fair', 'elin@example.org'],
      ['Cyngor Tref Bach', 'verified', 'organisation', null, 'clerc@bach.example'],
      ['No Email', 'verified', 'individual', null, ''],
    ]);
    expect(imported[1]!.authority).toBe('approved');
    expect(imported[0]!.verified_at).toBe('2026-11-20T12:00:00.000Z');
    expect(imported[2]!.email_key).toMatch(/^paper:[0-9a-f]{64}$/);
    // The counters were empty (the row inserted above was not counted): now exactly the three.
    const counts = await readCounts(db, letter);
    expect([counts.total, counts.individuals, counts.organisations, counts.by_country, counts.by_area]).toEqual([3, 2, 1, { 'GB-WLS': 2, US: 1 }, { W06000001: 1 }]);
    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'data.imported').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toEqual({ letter, rows: 3, duplicates: 2 });

    // The same file again adds nothing: every row is now a duplicate.
    const again = runImport(target, csv);
    expect(again.code).toBe(0);
    expect(again.out).toContain('0 signature(s) to add');
    expect((await rows(db)).length).toBe(all.length);
  });

  it('adds nothing from a file with any bad row, says which lines and why, and exits non-zero', async () => {
    const target = await freshDb();
    const { db } = target;
    const csv = [
      header,
      'Good Person,good@example.org,individual,,,,GB-WLS,,2026-11-20,yes',
      '=cmd,bad@example.org,individual,,,,XX,,2026-13-40,yes',
      'Future Person,future@example.org,individual,,,,GB-WLS,,2030-01-01,yes',
      'Short,row',
    ].join('\n');
    const run = runImport(target, csv);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('line 3: country:');
    expect(run.err).toContain('line 3: signed_on:');
    expect(run.err).toContain('line 4: signed_on: The date signed must be while the letter was open');
    expect(run.err).toContain('line 5: file:');
    expect(await rows(db)).toEqual([]);
    expect(await readCounts(db, letter)).toMatchObject({ total: 0 });
  });

  it('refuses a file whose quotes never close, and one without the header', async () => {
    const target = await freshDb();
    const { db } = target;
    expect(runImport(target, `${header}\n"Open,a@example.org,individual,,,,GB-WLS,,2026-11-20,yes\n`).code).toBe(1);
    expect(runImport(target, 'Good Person,good@example.org,individual,,,,GB-WLS,,2026-11-20,yes\n').code).toBe(1);
    expect(await rows(db)).toEqual([]);
  });

  it('refuses an unknown letter and a wrong command line', async () => {
    const target = await freshDb();
    const { dataDir } = target;
    const file = path.join(dataDir, 'x.csv');
    fs.writeFileSync(file, `${header}\n`);
    const unknown = spawnSync('node_modules/node/bin/node', ['scripts/import.ts', '--letter', 'no-such-letter', file], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    const usage = spawnSync('node_modules/node/bin/node', ['scripts/import.ts', file], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect([usage.status, usage.stderr]).toEqual([2, expect.stringContaining('Usage')]);
  });
});
