import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { eraseSignature, findByEmail, hideSignature } from '../../../api/admin/data-request.service.ts';
import { sessionCookieName } from '../../../api/admin/session.cookie.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { readCounts } from '../../../api/counts/counter.repository.ts';
import { emailKey } from '../../../api/signatures/email.ts';
import { adminEmails, aSigner, asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { aPdf } from '../../helpers/pdf.ts';
import { type TestApp, lastMailTo, verifiedSignature } from '../../helpers/signatures.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';
import { awaitingSupport } from '../../helpers/support.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { campaigner, signInToken } from './admin.helpers.ts';
import { tableNames } from '../../helpers/sql.ts';

/** Every row of every table, as text: "no personal data left" means none of it appears here. */
async function everyRow(app: TestApp): Promise<string> {
  let all = '';
  for (const name of await tableNames(app.db)) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(app.db);
    all += `${name}: ${JSON.stringify(rows.rows)}\n`;
  }
  return all;
}


const uploaded = (app: TestApp) => {
  const root = path.join(app.dataDir, 'uploads');
  return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
};

const person = {
  name: 'Angharad Prydderch-Llwyd',
  email: 'angharad.prydderch+llythyr@menter-prydderch.example',
  organisation: 'Menter Prydderch',
  website: 'https://menter-prydderch.example/',
  role: 'Cyfarwyddwr Prydderch',
  place: 'Llanbedr Prydderch',
  comment: 'Sylw preifat Prydderch',
};
const traces = [person.name, 'Angharad', 'Prydderch', 'angharad.prydderch@menter-prydderch.example', 'menter-prydderch'];

async function organisationWithLogo(app: TestApp) {
  const logo = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#b3262d' } }).png().toBuffer();
  const fields = aSigner({ ...asOrganisation(person.organisation, 'post@menter-prydderch.example'), ...person, email: person.email, website: person.website });
  const res = await app.postMultipart(`/api/letters/${openLetter}/signatures`, fields, { logo: { bytes: logo, name: 'logo.png', type: 'image/png' } });
  expect(res.status).toBe(202);
  const confirmed = await app.post('/api/signatures/confirm', { token: tokenIn(await lastMailTo(app, person.email), 'confirm') });
  expect(confirmed.status).toBe(200);
  return app.db.selectFrom('signatures').selectAll().where('email', '=', person.email).executeTakeFirstOrThrow();
}

describe('requests about a person’s data', () => {
  describe('finding by email', () => {
    it('finds every letter an address signed, in any form of the address, and its letters of support', async () => {
      const app = await testApp();
      await verifiedSignature(app, { email: 'sian.jones@gmail.com', name: 'Siân Jones' });
      await verifiedSignature(app, { email: 'someone.else@example.org' });
      await awaitingSupport(app, { email: 'SianJones+cefnogi@googlemail.com', author_name: 'Dr Siân Jones' });
      const found = await findByEmail(app, ' SIAN.JONES+x@GMAIL.com ');
      expect(found.signatures.map((s) => [s.name, s.state, s.letter])).toEqual([['Siân Jones', 'verified', openLetter]]);
      expect(found.support.map((s) => s.authorName)).toEqual(['Dr Siân Jones']);
      expect(await findByEmail(app, 'not an address')).toEqual({ signatures: [], support: [] });
    });
  });

  describe('hiding', () => {
    it('lists the signer as an anonymous supporter, keeps them counted, and records who and why', async () => {
      const app = await testApp();
      await verifiedSignature(app, { email: 'hide.me@example.org', name: 'Cuddiedig Enw' });
      const [s] = (await findByEmail(app, 'hide.me@example.org')).signatures;
      const before = await readCounts(app.db, openLetter);
      await hideSignature(app, s!.id, campaigner, 'Asked by email to be taken off the list');
      expect(await readCounts(app.db, openLetter)).toEqual(before);
      const list = await (await app.get(`/api/letters/${openLetter}/signatories`)).text();
      expect(list).not.toContain('Cuddiedig');
      const csv = await (await app.get(`/api/letters/${openLetter}/signatories.csv`)).text();
      expect(csv).not.toContain('Cuddiedig');
      const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.hidden').executeTakeFirstOrThrow();
      expect([audit.actor, audit.subject_id]).toEqual([campaigner, String(s!.id)]);
      expect(JSON.parse(audit.detail!)).toEqual({ letter: openLetter, reason: 'Asked by email to be taken off the list' });
    });
  });

  describe('erasure', () => {
    it('leaves no personal data in any table, deletes the logo and the PDF, and keeps the counts true', async () => {
      const app = await testApp();
      await verifiedSignature(app, { email: 'arall@example.org', name: 'Rhywun Arall', country: 'US', area: undefined });
      const s = await organisationWithLogo(app);
      expect(s.logo).not.toBeNull();
      await awaitingSupport(app, { email: person.email, author_name: person.name, organisation: person.organisation, body: `Llythyr gan ${person.name}` }, await aPdf());
      expect(uploaded(app)).toHaveLength(2);
      const before = await readCounts(app.db, openLetter);
      expect(before.organisations).toBe(1);
      const everything = await everyRow(app);
      for (const trace of traces) expect(everything).toContain(trace);

      const done = await eraseSignature(app, s.id, campaigner, 'Erasure request received 20 November', { withdraw: false, support: true });
      expect(done).toEqual({ withdrawn: false, supportLetters: 1 });

      const after = await everyRow(app);
      for (const trace of [...traces, emailKey(person.email)]) expect(after).not.toContain(trace);
      expect(uploaded(app)).toEqual([]);
      // Still counted, anonymously: the counters neither move nor drift from a recount.
      expect(await readCounts(app.db, openLetter)).toEqual(before);
      expect(await countersNow(app)).toEqual(await countedDirectly(app));
      expect(await findByEmail(app, person.email)).toEqual({ signatures: [], support: [] });
      const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.erased').executeTakeFirstOrThrow();
      expect(JSON.parse(audit.detail!)).toEqual({ letter: openLetter, reason: 'Erasure request received 20 November', withdrawn: false, support_letters: 1 });
      // Erasing again finds nothing to erase.
      await expect(eraseSignature(app, s.id, campaigner, 'again', { withdraw: false, support: false })).rejects.toThrow();
    });

    it('withdraws too when asked: the counters go down by one and still equal a recount', async () => {
      const app = await testApp();
      await verifiedSignature(app, { email: 'one@example.org' });
      await verifiedSignature(app, { email: 'two@example.org', name: 'Dau Enw', country: 'GB-WLS', area: 'W06000015' });
      const [s] = (await findByEmail(app, 'two@example.org')).signatures;
      const before = await readCounts(app.db, openLetter);
      const done = await eraseSignature(app, s!.id, campaigner, 'Asked to be forgotten', { withdraw: true, support: false });
      expect(done.withdrawn).toBe(true);
      const after = await readCounts(app.db, openLetter);
      expect(after.total).toBe(before.total - 1);
      expect(after.by_area.W06000015 ?? 0).toBe((before.by_area.W06000015 ?? 0) - 1);
      expect(await countersNow(app)).toEqual(await countedDirectly(app));
      expect(await everyRow(app)).not.toContain('Dau Enw');
    });

    it('erases a pending signature: its confirm link no longer works and no mail about it waits', async () => {
      const app = await testApp();
      await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'pending@example.org', name: 'Aros Enw' }));
      const [s] = (await findByEmail(app, 'pending@example.org')).signatures;
      await eraseSignature(app, s!.id, campaigner, 'Asked before confirming', { withdraw: false, support: false });
      expect(await app.db.selectFrom('tokens').selectAll().where('signature_id', '=', s!.id).execute()).toEqual([]);
      expect(await app.db.selectFrom('outbox').selectAll().where('signature_id', '=', s!.id).execute()).toEqual([]);
      expect(await countersNow(app)).toEqual(await countedDirectly(app));
    });
  });
});

describe('GET /api/admin/letters/:slug/export.csv', () => {
  it('answers 401 without a session', async () => {
    const app = await testApp();
    const res = await app.get(`/api/admin/letters/${openLetter}/export.csv`);
    expect(res.status).toBe(401);
    expect(await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.exported').execute()).toEqual([]);
  });

  it('gives the verified signatures with the emails of those who opted in, and records the export', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'updates@example.org', name: '=Opted In', updates: true });
    await verifiedSignature(app, { email: 'quiet@example.org', name: 'Quiet, Person', updates: false, show_name: false });
    await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'pending@example.org', name: 'Pending Person' }));
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    const res = await app.get(`/api/admin/letters/${openLetter}/export.csv`, { cookie: `${sessionCookieName}=${secret}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('cache-control')).toContain('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.startsWith('name,email,kind,')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(text).toContain(`'=Opted In,updates@example.org,individual`);
    expect(text).toContain('"Quiet, Person",,individual');
    expect(text).not.toContain('quiet@example.org');
    expect(text).not.toContain('Pending Person');
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.exported').executeTakeFirstOrThrow();
    expect(audit.actor).toBe(campaigner);
    expect(JSON.parse(audit.detail!)).toEqual({ letter: openLetter, rows: 2 });
  });

  it('answers 404 for an unknown letter', async () => {
    const app = await testApp();
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    const res = await app.get('/api/admin/letters/no-such-letter/export.csv', { cookie: `${sessionCookieName}=${secret}` });
    expect(res.status).toBe(404);
  });
});
