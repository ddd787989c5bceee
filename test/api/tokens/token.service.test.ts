import { sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TokenInvalidError } from '../../../api/errors.ts';
import { describeLink } from '../../../api/signatures/mailed-link.service.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, pendingSignature, verifiedSignature } from '../../helpers/signatures.ts';
import { tableNames } from '../../helpers/sql.ts';
import { onPostgres } from '../../helpers/postgres.ts';

const day = 24 * 60 * 60 * 1000;
const confirmWith = (app: TestApp, token: unknown) => app.post('/api/signatures/confirm', { token });
const total = async (app: TestApp) => (await (await app.get(`/api/letters/${openLetter}`)).json()).counts.total;

describe('POST /api/signatures/confirm', () => {
  describe('with the token from the mail', () => {
    it('confirms the signature and names the letter', async () => {
      const app = await testApp();
      const { confirm } = await pendingSignature(app);
      const res = await confirmWith(app, confirm);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'verified', letter: openLetter });
      const row = await app.db.selectFrom('signatures').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: 'verified', verified_at: '2026-11-22T10:00:00.000Z' });
      expect(await total(app)).toBe(1);
    });

    it('also works as a form post from the site', async () => {
      const app = await testApp();
      const { confirm } = await pendingSignature(app);
      expect((await app.postForm('/api/signatures/confirm', { token: confirm })).status).toBe(200);
    });
  });

  describe('when the token has been used', () => {
    it('answers 409 used and counts once', async () => {
      const app = await testApp();
      const { confirm } = await pendingSignature(app);
      await confirmWith(app, confirm);
      const again = await confirmWith(app, confirm);
      expect(again.status).toBe(409);
      expect((await again.json()).error).toMatchObject({ code: 'token_invalid', reason: 'used' });
      expect(await total(app)).toBe(1);
    });
  });

  describe('when the token is older than 7 days', () => {
    it('still works just before and answers 410 expired after', async () => {
      const app = await testApp();
      const a = await pendingSignature(app, { email: 'a@example.org' });
      const b = await pendingSignature(app, { email: 'b@example.org' });
      app.clock.advance(7 * day - 1);
      expect((await confirmWith(app, a.confirm)).status).toBe(200);
      app.clock.advance(1);
      const late = await confirmWith(app, b.confirm);
      expect(late.status).toBe(410);
      expect((await late.json()).error).toMatchObject({ code: 'token_invalid', reason: 'expired' });
      expect(await total(app)).toBe(1);
    });
  });

  describe('when the token is unknown or malformed', () => {
    it.each([
      ['unknown', 'A'.repeat(43)],
      ['too short', 'abc'],
      ['too long', 'A'.repeat(44)],
      ['not base64url', `${'A'.repeat(42)}=`],
      ['a path', '../../etc/passwd'],
      ['SQL', "' OR 1=1 --"],
    ])('answers 404 for %s', async (_, token) => {
      const app = await testApp();
      await pendingSignature(app);
      const res = await confirmWith(app, token);
      expect(res.status).toBe(404);
      expect((await res.json()).error).toMatchObject({ code: 'token_invalid', reason: 'unknown' });
      expect(await total(app)).toBe(0);
    });

    it('answers 422 naming the token when none is sent', async () => {
      const app = await testApp();
      for (const body of [{}, { token: '' }, { token: 42 }]) {
        const res = await app.post('/api/signatures/confirm', body);
        expect(res.status).toBe(422);
        expect(Object.keys((await res.json()).error.fields)).toEqual(['token']);
      }
    });
  });

  describe('with a token made for another purpose', () => {
    it('will not confirm with a withdraw token, nor withdraw with a confirm token', async () => {
      const app = await testApp();
      const { confirm, withdraw } = await pendingSignature(app);
      expect((await confirmWith(app, withdraw)).status).toBe(404);
      expect((await app.post('/api/signatures/withdraw', { token: confirm })).status).toBe(404);
      const row = await app.db.selectFrom('signatures').select('state').executeTakeFirstOrThrow();
      expect(row.state).toBe('pending');
      // Neither refusal used the token up.
      expect((await confirmWith(app, confirm)).status).toBe(200);
      expect((await app.post('/api/signatures/withdraw', { token: withdraw })).status).toBe(200);
    });
  });

  describe('when 50 confirmations of one token race', () => {
    it('confirms exactly once and counts once', async () => {
      const app = await testApp();
      const { confirm } = await pendingSignature(app);
      const answers = await Promise.all(Array.from({ length: 50 }, () => confirmWith(app, confirm)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      expect(await total(app)).toBe(1);
      const counters = await app.db.selectFrom('counters').select(['dimension', 'key', 'n']).orderBy('dimension').orderBy('key').execute();
      expect(counters).toEqual([
        { dimension: 'area', key: 'W06000008', n: 1 },
        { dimension: 'country', key: 'GB-WLS', n: 1 },
        { dimension: 'day', key: '2026-11-22', n: 1 },
        { dimension: 'kind', key: 'individual', n: 1 },
        { dimension: 'total', key: '', n: 1 },
      ]);
    });
  });
});

describe('describeLink (what the page a mailed link opens shows)', () => {
  it('names the letter and changes nothing, however often a mail scanner follows the link', async () => {
    const app = await testApp();
    const { confirm, withdraw } = await pendingSignature(app);
    for (let i = 0; i < 3; i++) {
      const target = await describeLink(app, confirm, 'confirm');
      expect(target.letter.slug).toBe(openLetter);
      expect(target.signature.state).toBe('pending');
      expect((await describeLink(app, withdraw, 'withdraw')).signature.state).toBe('pending');
    }
    expect(await app.db.selectFrom('tokens').select('used_at').execute()).toEqual([{ used_at: null }, { used_at: null }]);
    expect((await confirmWith(app, confirm)).status).toBe(200);
  });

  it('tells a used or expired link from an unknown one, with the letter to offer signing again', async () => {
    const app = await testApp();
    const { confirm } = await pendingSignature(app);
    const failure = (token: string) => describeLink(app, token, 'confirm').catch((e: unknown) => e);

    const unknown = await failure('C'.repeat(43));
    expect(unknown).toBeInstanceOf(TokenInvalidError);
    expect(unknown).toMatchObject({ reason: 'unknown', letter: undefined });

    app.clock.advance(7 * day);
    expect(await failure(confirm)).toMatchObject({ reason: 'expired', letter: openLetter });
    app.clock.advance(-7 * day);
    await confirmWith(app, confirm);
    expect(await failure(confirm)).toMatchObject({ reason: 'used', letter: openLetter });
  });
});

describe('tokens at rest', () => {
  it('are stored only as SHA-256 hashes: no raw token is in any table or in the database files', async () => {
    const app = await testApp();
    const a = await verifiedSignature(app, { email: 'a@example.org' });
    const b = await pendingSignature(app, { email: 'b@example.org' });
    const raw = [a.confirm, a.withdraw, b.confirm, b.withdraw];
    for (const t of raw) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);

    let everything = '';
    for (const table of await tableNames(app.db)) everything += JSON.stringify(await sql`select * from ${sql.table(table)}`.execute(app.db));
    const hashes = (await app.db.selectFrom('tokens').select('hash').execute()).map((r) => r.hash);
    expect(hashes).toHaveLength(4);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
    for (const t of raw) expect(everything).not.toContain(t);
    // The check can see a token if one were there: the hashes are in the rows.
    expect(everything).toContain(hashes[0]);

    // SQLite's own files too, the write-ahead log included (PostgreSQL's files are its server's).
    if (onPostgres) return;
    const files = fs.readdirSync(app.dataDir).filter((f) => f.startsWith('llofnod.sqlite'));
    expect(files).toContain('llofnod.sqlite-wal');
    const bytes = files.map((f) => fs.readFileSync(path.join(app.dataDir, f)).toString('latin1')).join('');
    for (const t of raw) expect(bytes).not.toContain(t);
    expect(bytes).toContain(hashes[0]);
  });
});
