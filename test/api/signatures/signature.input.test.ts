import { describe, expect, it } from 'vitest';
import { aSigner, asOrganisation, openLetter, origin, testApp } from '../../helpers/app.ts';
import type { TestApp } from '../../helpers/signatures.ts';

const path = `/api/letters/${openLetter}/signatures`;

/** Posts a body and expects the contract's 422 naming `field`, with nothing stored. */
async function refused(app: TestApp, body: unknown, field: string): Promise<string> {
  const res = await app.post(path, body);
  const json = await res.json();
  expect(res.status, JSON.stringify(json)).toBe(422);
  expect(json.error.code).toBe('invalid_input');
  expect(Object.keys(json.error.fields)).toContain(field);
  expect(await app.rowCount('signatures')).toBe(0);
  expect(await app.rowCount('outbox')).toBe(0);
  return json.error.fields[field];
}

async function storedRow(app: TestApp) {
  const rows = await app.db.selectFrom('signatures').selectAll().execute();
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('POST /api/letters/:slug/signatures', () => {
  describe('the name', () => {
    it('is required', async () => {
      const app = await testApp();
      expect(await refused(app, aSigner({ name: undefined }), 'name')).toBe('Enter your name');
      expect(await refused(app, aSigner({ name: '' }), 'name')).toBe('Enter your name');
      expect(await refused(app, aSigner({ name: '   \t ' }), 'name')).toBe('Enter your name');
      // Invisible characters alone would be listed as a blank name.
      expect(await refused(app, aSigner({ name: '\u200B\u200D\u00A0\u0302' }), 'name')).toBe('Enter your name');
    });

    it('may be 200 characters counted as people count them, not 201', async () => {
      const app = await testApp();
      await refused(app, aSigner({ name: 'a'.repeat(201) }), 'name');
      await refused(app, aSigner({ name: 'ŵ'.repeat(201) }), 'name');
      // 200 emoji are 400 UTF-16 units; 200 decomposed "ŵ" are 400 code points before NFC.
      for (const [i, name] of ['😀'.repeat(200), 'w\u0302'.repeat(200), 'ŷ'.repeat(200)].entries()) {
        const res = await app.post(path, aSigner({ name, email: `long${i}@example.org` }));
        expect(res.status).toBe(202);
      }
      expect(await app.rowCount('signatures')).toBe(3);
    });

    it.each(['Visit https://spam.example', 'www.cheap-pills.biz', 'Siân from shop.com', 'ftp://files'])(
      'refuses a web address in %j',
      async (name) => {
        const app = await testApp();
        expect(await refused(app, aSigner({ name }), 'name')).toMatch(/web address/);
      },
    );

    it.each([
      'Siân Ŵyn Roberts',
      'Dafydd ap Gwilym',
      'Gwenllïan Llŷr',
      'Âled Êmlyn Îfor Ôwen Ûna',
      'â ê î ô û ŵ ŷ Ŵ Ŷ',
      'محمد الأحمد',
      '王小明',
      'Иван Петров',
      "Siobhán O'Brien-Jones",
    ])('accepts %j and lists it exactly as typed', async (name) => {
      const app = await testApp();
      expect((await app.post(path, aSigner({ name }))).status).toBe(202);
      expect((await storedRow(app)).name).toBe(name);
    });

    it('stores a decomposed name composed (NFC) and trimmed, with runs of spaces folded', async () => {
      const app = await testApp();
      const decomposed = '  Sia\u0302n   W\u0302yn\t';
      expect(decomposed.normalize('NFC')).not.toBe(decomposed);
      expect((await app.post(path, aSigner({ name: decomposed }))).status).toBe(202);
      const row = await storedRow(app);
      expect(row.name).toBe('Siân Ŵyn');
      expect(row.name).toBe(row.name.normalize('NFC'));
    });

    it.each(['sian@example.de', 'Siân Jones sian.jones@prifysgol.ac.uk'])('refuses an email address in %j: names are published', async (name) => {
      const app = await testApp();
      expect(await refused(app, aSigner({ name }), 'name')).toBe('Enter your name, not your email address');
    });

    it('accepts an @ that is not an address (and the CSV neutralises a leading one)', async () => {
      const app = await testApp();
      expect((await app.post(path, aSigner({ name: '@NiaCymru' }))).status).toBe(202);
    });

    it('refuses characters that cannot be shown', async () => {
      const app = await testApp();
      await refused(app, aSigner({ name: 'Siân\u0000Jones' }), 'name');
    });

    it('refuses a name that is not text', async () => {
      const app = await testApp();
      await refused(app, aSigner({ name: 42 }), 'name');
      await refused(app, aSigner({ name: ['Siân'] }), 'name');
    });
  });

  describe('the email address', () => {
    it.each(['', 'sian', 'sian@', '@example.org', 'sian@example', 'si an@example.org', 'sian@@example.org'])(
      'refuses %j',
      async (email) => {
        const app = await testApp();
        await refused(app, aSigner({ email }), 'email');
      },
    );

    it('is required', async () => {
      const app = await testApp();
      expect(await refused(app, aSigner({ email: undefined }), 'email')).toBe('Enter your email address');
    });

    it('may be 254 characters, not 255', async () => {
      const app = await testApp();
      const domain = `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.cymru`;
      const at254 = `${'s'.repeat(254 - domain.length - 1)}@${domain}`;
      expect(at254).toHaveLength(254);
      expect(await refused(app, aSigner({ email: `s${at254}` }), 'email')).toMatch(/254 characters/);
      expect((await app.post(path, aSigner({ email: at254 }))).status).toBe(202);
    });

    it('refuses an internationalised address with a message saying why', async () => {
      const app = await testApp();
      expect(await refused(app, aSigner({ email: 'siân@example.cymru' }), 'email')).toMatch(/accented letters/);
      expect(await refused(app, aSigner({ email: 'sian@bücher.de' }), 'email')).toMatch(/accented letters/);
    });

    it('keeps the address as typed (trimmed) for mail', async () => {
      const app = await testApp();
      expect((await app.post(path, aSigner({ email: '  Sian.Jones@Example.Cymru ' }))).status).toBe(202);
      const row = await storedRow(app);
      expect(row.email).toBe('Sian.Jones@Example.Cymru');
      expect(row.email_key).toBe('sian.jones@example.cymru');
    });
  });

  describe('the place', () => {
    it('needs a country from the list', async () => {
      const app = await testApp();
      expect(await refused(app, aSigner({ country: undefined }), 'country')).toBe('Choose your country');
      await refused(app, aSigner({ country: 'GB' }), 'country');
      await refused(app, aSigner({ country: 'XX' }), 'country');
      await refused(app, aSigner({ country: 'us' }), 'country');
    });

    it('accepts ISO codes and the UK nations', async () => {
      const app = await testApp();
      for (const [i, country] of ['GB-WLS', 'GB-ENG', 'GB-SCT', 'GB-NIR', 'US', 'AU', 'IE'].entries()) {
        expect((await app.post(path, aSigner({ country, email: `c${i}@example.org` }))).status).toBe(202);
      }
    });

    it('refuses an unknown local authority', async () => {
      const app = await testApp();
      await refused(app, aSigner({ area: 'W06000099' }), 'area');
      await refused(app, aSigner({ area: 'Cardiff' }), 'area');
    });

    it('keeps a Welsh local authority for a signer in Wales', async () => {
      const app = await testApp();
      await app.post(path, aSigner({ country: 'GB-WLS', area: 'W06000015' }));
      expect((await storedRow(app)).area).toBe('W06000015');
    });

    it('ignores a local authority outside Wales', async () => {
      const app = await testApp();
      expect((await app.post(path, aSigner({ country: 'GB-ENG', area: 'W06000015' }))).status).toBe(202);
      expect((await storedRow(app)).area).toBeNull();
    });
  });

  describe('the organisation, role and town (published with the name)', () => {
    it('have limits: 200, 200 and 100 characters', async () => {
      const app = await testApp();
      await refused(app, aSigner({ organisation: 'o'.repeat(201) }), 'organisation');
      await refused(app, aSigner({ role: 'r'.repeat(201) }), 'role');
      await refused(app, aSigner({ place: 'p'.repeat(101) }), 'place');
      const res = await app.post(path, aSigner({ organisation: 'o'.repeat(200), role: 'r'.repeat(200), place: 'p'.repeat(100) }));
      expect(res.status).toBe(202);
    });

    it.each(['organisation', 'role', 'place'])('refuses an email address in %s', async (field) => {
      const app = await testApp();
      expect(await refused(app, aSigner({ [field]: 'ask at post@cyngor.example.de' }), field)).toMatch(/email address/);
    });
  });

  describe('the comment', () => {
    it('may be 500 characters, not 501', async () => {
      const app = await testApp();
      expect(await refused(app, aSigner({ comment: 'ŵ'.repeat(501) }), 'comment')).toMatch(/500 characters/);
      expect((await app.post(path, aSigner({ comment: 'ŵ'.repeat(500) }))).status).toBe(202);
    });

    it('is optional: a blank one is stored as none', async () => {
      const app = await testApp();
      expect((await app.post(path, aSigner({ comment: '   ' }))).status).toBe(202);
      expect((await storedRow(app)).comment).toBeNull();
    });
  });

  describe('consent', () => {
    it.each([
      ['missing', undefined],
      ['false', false],
      ['"false"', 'false'],
      ['empty', ''],
    ])('refuses consent %s', async (_, consent) => {
      const app = await testApp();
      expect(await refused(app, aSigner({ consent }), 'consent')).toMatch(/Tick the box/);
    });
  });

  describe('an organisation', () => {
    it('must give the organisation’s name', async () => {
      const app = await testApp();
      expect(await refused(app, aSigner({ kind: 'organisation' }), 'organisation')).toBe('Enter the name of your organisation');
      await refused(app, aSigner({ kind: 'organisation', organisation: '  ' }), 'organisation');
    });

    it('signs as an organisation with its name', async () => {
      const app = await testApp();
      const body = aSigner({ ...asOrganisation('Cyngor Gwynedd', 'prif.weithredwr@gwynedd.llyw.cymru', { organisation_type: 'local_authority', website: 'WWW.Gwynedd.LLYW.Cymru/cy#hafan' }), role: 'Chief Executive' });
      expect((await app.post(path, body)).status).toBe(202);
      const row = await storedRow(app);
      expect([row.kind, row.organisation, row.organisation_type, row.website, row.role]).toEqual(
        ['organisation', 'Cyngor Gwynedd', 'local_authority', 'https://www.gwynedd.llyw.cymru/cy', 'Chief Executive'],
      );
      // Decided when the email is confirmed, not before.
      expect(row.authority).toBeNull();
    });

    it('refuses an unknown kind', async () => {
      const app = await testApp();
      await refused(app, aSigner({ kind: 'robot' }), 'kind');
    });
  });

  describe('every problem at once', () => {
    it('names each field in one answer', async () => {
      const app = await testApp();
      const res = await app.post(path, { name: '', email: 'nope', country: 'XX', comment: 'x'.repeat(501) });
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(Object.keys(error.fields).sort()).toEqual(['comment', 'consent', 'country', 'email', 'name']);
      expect(error.message).toEqual(expect.any(String));
    });
  });

  describe('fields the contract does not know', () => {
    it('ignores them and stores none of them', async () => {
      const app = await testApp();
      const res = await app.post(
        path,
        aSigner({ state: 'verified', verified_at: '2026-01-01T00:00:00.000Z', id: 999, source: 'demo', letter: 'other', email_key: 'x@y.z', isAdmin: true }),
      );
      expect(res.status).toBe(202);
      const row = await storedRow(app);
      expect(row).toMatchObject({ state: 'pending', verified_at: null, source: 'web', letter: openLetter, email_key: 'sian@example.cymru' });
      expect(row.id).not.toBe(999);
      expect(JSON.stringify(row)).not.toContain('isAdmin');
      expect((await (await app.get(`/api/letters/${openLetter}`)).json()).counts.total).toBe(0);
    });
  });

  describe('show_name and updates', () => {
    it('take JSON booleans', async () => {
      const app = await testApp();
      await app.post(path, aSigner({ show_name: false, updates: true }));
      expect(await storedRow(app)).toMatchObject({ show_name: 0, updates: 1 });
    });

    it('refuses something that is not a yes or no', async () => {
      const app = await testApp();
      await refused(app, aSigner({ show_name: { yes: true } }), 'show_name');
      await refused(app, aSigner({ updates: 7 }), 'updates');
    });

    it('leave the updates opt-in off when it is not given', async () => {
      const app = await testApp();
      await app.post(path, aSigner({ updates: undefined }));
      expect((await storedRow(app)).updates).toBe(0);
    });
  });

  describe('a form-encoded body', () => {
    const form = (overrides: Record<string, string> = {}): Record<string, string> => ({
      name: 'Siân Ŵyn Roberts',
      email: 'sian@example.cymru',
      kind: 'individual',
      country: 'GB-WLS',
      area: 'W06000008',
      consent: 'on',
      ...overrides,
    });

    it('signs like JSON, with ticked boxes posting "on"', async () => {
      const app = await testApp();
      const res = await app.postForm(path, form({ show_name: 'on', updates: 'on' }));
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ status: 'pending' });
      expect(await storedRow(app)).toMatchObject({ name: 'Siân Ŵyn Roberts', area: 'W06000008', show_name: 1, updates: 1 });
    });

    it('treats a box left unticked (absent from the form) as no, so no name is published by default', async () => {
      const app = await testApp();
      expect((await app.postForm(path, form())).status).toBe(202);
      expect(await storedRow(app)).toMatchObject({ show_name: 0, updates: 0 });
    });

    it('answers a bad form with the same 422', async () => {
      const app = await testApp();
      const res = await app.postForm(path, form({ consent: '', email: 'nope' }));
      expect(res.status).toBe(422);
      expect(Object.keys((await res.json()).error.fields).sort()).toEqual(['consent', 'email']);
    });

    it('is refused (403) from a foreign Origin, storing nothing', async () => {
      const app = await testApp();
      const res = await app.postForm(path, form(), { origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
      expect(await app.rowCount('signatures')).toBe(0);
    });

    it('is refused (403) with no Origin at all', async () => {
      const app = await testApp();
      const res = await app.api.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form()).toString(),
      });
      expect(res.status).toBe(403);
      expect(await app.rowCount('signatures')).toBe(0);
    });
  });

  describe('a body that cannot be read', () => {
    it('answers malformed JSON with 400', async () => {
      const app = await testApp();
      const res = await app.api.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": "Siân",' });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('bad_request');
    });

    it.each(['[1,2]', 'null', '"text"', '42'])('answers JSON that is not an object (%s) with 400', async (body) => {
      const app = await testApp();
      const res = await app.api.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(400);
    });

    it('answers a body of neither JSON nor a form with 415', async () => {
      const app = await testApp();
      const res = await app.api.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/xml', origin },
        body: '<name>Siân</name>',
      });
      expect(res.status).toBe(415);
      expect((await res.json()).error.code).toBe('unsupported_media_type');
    });

    it('answers a body over 64 KB with 413, streamed or with a Content-Length', async () => {
      const app = await testApp();
      const big = JSON.stringify(aSigner({ comment: 'x'.repeat(64 * 1024) }));
      const streamed: Record<string, string> = { 'content-type': 'application/json' };
      for (const headers of [streamed, { ...streamed, 'content-length': String(big.length) }]) {
        const res = await app.api.request(path, { method: 'POST', headers, body: big });
        expect(res.status).toBe(413);
        expect((await res.json()).error.code).toBe('payload_too_large');
      }
      expect(await app.rowCount('signatures')).toBe(0);
    });

    it('reads a body just under 64 KB (and then judges its fields)', async () => {
      const app = await testApp();
      const body = JSON.stringify(aSigner({ comment: 'x'.repeat(60 * 1024) }));
      const res = await app.api.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(422);
    });
  });

  describe('the language', () => {
    it('remembers Welsh when the browser prefers it, for the mails to come', async () => {
      const app = await testApp();
      await app.post(path, aSigner({ email: 'cy@example.org' }), { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.8' });
      await app.post(path, aSigner({ email: 'en@example.org' }), { 'accept-language': 'en-GB,en;q=0.9,cy;q=0.5' });
      await app.post(path, aSigner({ email: 'none@example.org' }));
      const rows = await app.db.selectFrom('signatures').select(['email', 'locale']).orderBy('id').execute();
      expect(rows.map((r) => r.locale)).toEqual(['cy', 'en', 'en']);
    });
  });

  describe('the letter', () => {
    it('answers 404 for a letter that does not exist', async () => {
      const app = await testApp();
      const res = await app.post('/api/letters/no-such-letter/signatures', aSigner());
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
      expect(await app.rowCount('signatures')).toBe(0);
    });
  });
});
