import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { pdfMaxBytes } from '../../../api/uploads/pdf.ts';
import { aPdf, aPdfWithJavaScript, notReallyAPdf } from '../../helpers/pdf.ts';
import { lastMailTo, mailsTo, type TestApp } from '../../helpers/signatures.ts';
import { linkIn, tokenIn } from '../../helpers/smtp.ts';
import { aSupportLetter, awaitingSupport, postSupport } from '../../helpers/support.ts';

const rows = (app: TestApp) => app.db.selectFrom('support_letters').selectAll().execute();
const uploadsIn = (app: TestApp) => {
  const dir = path.join(app.dataDir, 'uploads', 'support-pdf');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

describe('POST /api/letters/:slug/support', () => {
  describe('when an expert sends a letter with a signed PDF', () => {
    it('answers 202 pending, keeps the PDF outside the web root and mails a confirmation link', async () => {
      const app = await testApp();
      const pdf = await aPdf();
      const res = await postSupport(app, aSupportLetter(), pdf);
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ status: 'pending' });

      const [row] = await rows(app);
      expect(row).toMatchObject({ state: 'pending', author_name: 'Professor Jane Doe', publish: 'full', pdf_bytes: pdf.byteLength, locale: 'en' });
      expect(row!.body).toBe('To the First Minister,\n\nI write in support of this letter.\n\nCo-production works when it is funded.');
      expect(uploadsIn(app)).toHaveLength(1);
      expect(fs.readFileSync(path.join(app.dataDir, 'uploads', row!.pdf!))).toEqual(Buffer.from(pdf));

      const mail = await lastMailTo(app, 'jane.doe@university.example');
      expect(mail.subject).toBe('Confirm your letter of support: Make co-production count in Wales');
      expect(linkIn(mail, 'support/confirm')).toMatch(/^https:\/\/llofnod\.test\/support\/confirm\//);
      // The database keeps only the link's hash.
      const token = tokenIn(mail, 'support/confirm');
      expect(JSON.stringify(await rows(app))).not.toContain(token);
    });
  });

  describe('when the author confirms their email', () => {
    it('waits for a campaigner, unpublished', async () => {
      const app = await testApp();
      await postSupport(app, aSupportLetter());
      const token = tokenIn(await lastMailTo(app, 'jane.doe@university.example'), 'support/confirm');
      const res = await app.post('/api/support/confirm', { token });
      expect(await res.json()).toEqual({ status: 'awaiting_approval', letter: openLetter });
      expect((await rows(app))[0]).toMatchObject({ state: 'awaiting_approval', confirmed_at: app.clock().toISOString() });
      expect(await (await app.get(`/api/letters/${openLetter}/support`)).json()).toEqual({ items: [] });
    });

    it('a second use of the link is refused as used', async () => {
      const app = await testApp();
      await postSupport(app, aSupportLetter());
      const token = tokenIn(await lastMailTo(app, 'jane.doe@university.example'), 'support/confirm');
      await app.post('/api/support/confirm', { token });
      const again = await app.post('/api/support/confirm', { token });
      expect(again.status).toBe(409);
    });

    it('a link older than seven days has expired', async () => {
      const app = await testApp();
      await postSupport(app, aSupportLetter());
      const token = tokenIn(await lastMailTo(app, 'jane.doe@university.example'), 'support/confirm');
      app.clock.advance(7 * 24 * 3600_000 + 1000);
      expect((await app.post('/api/support/confirm', { token })).status).toBe(410);
    });
  });

  describe('when the author writes in Welsh', () => {
    it('mails them in Welsh with a link to the Welsh page', async () => {
      const app = await testApp();
      await postSupport(app, aSupportLetter({ email: 'athro@prifysgol.cymru' }), undefined, { 'accept-language': 'cy' });
      const mail = await lastMailTo(app, 'athro@prifysgol.cymru');
      expect(mail.subject).toMatch(/^Cadarnhewch eich llythyr cefnogaeth: /);
      expect(linkIn(mail, 'support/confirm')).toMatch(/^https:\/\/llofnod\.test\/cy\/support\/confirm\//);
    });
  });

  describe('when answers need correcting', () => {
    it('names every field at once, stores nothing and keeps no file', async () => {
      const app = await testApp();
      const res = await postSupport(
        app,
        { author_name: '', role: '', country: 'XX', email: 'not-an-address', body: '', extract: 'x'.repeat(301), publish: 'all' },
        new TextEncoder().encode('<html><body>not a pdf</body></html>'),
      );
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
      expect(error.fields).toEqual({
        author_name: 'Enter your name',
        role: 'Enter your title or role',
        country: 'Choose a country from the list',
        email: 'Enter an email address in the correct format, like name@example.com',
        body: 'Enter your letter',
        extract: 'Extract must be 300 characters or fewer',
        publish: 'Choose how much of your letter may be published',
        consent: 'Tick the box to agree to us holding your letter',
        pdf: 'The file must be a PDF',
      });
      expect(await rows(app)).toEqual([]);
      expect(await app.rowCount('outbox')).toBe(0);
      expect(uploadsIn(app)).toEqual([]);
    });

    it('refuses a letter longer than 20,000 characters, counting characters not bytes', async () => {
      const app = await testApp();
      const ok = await postSupport(app, aSupportLetter({ body: 'ŵ'.repeat(20_000) }));
      expect(ok.status).toBe(202);
      const long = await postSupport(app, aSupportLetter({ body: 'ŵ'.repeat(20_001) }));
      expect(((await long.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({
        body: 'Your letter must be 20,000 characters or fewer',
      });
    });

    it('refuses a PDF that runs JavaScript, and says why in Welsh to a Welsh reader', async () => {
      const app = await testApp();
      const res = await postSupport(app, aSupportLetter(), await aPdfWithJavaScript(), { 'accept-language': 'cy' });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
      expect(error.fields['pdf']).toMatch(/^Mae'r PDF yn cynnwys sgriptiau/);
      expect(await rows(app)).toEqual([]);
      expect(uploadsIn(app)).toEqual([]);
    });

    it('refuses a PDF sent as text in JSON', async () => {
      const app = await testApp();
      const res = await app.post(`/api/letters/${openLetter}/support`, aSupportLetter({ pdf: '%PDF-1.7 …' }));
      expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ pdf: 'The file must be a PDF' });
    });

    it('accepts JSON without a PDF', async () => {
      const app = await testApp();
      expect((await app.post(`/api/letters/${openLetter}/support`, aSupportLetter())).status).toBe(202);
    });
  });

  describe('when the letter is closed or unknown', () => {
    it('answers 409 letter_closed or 404, before any field', async () => {
      const app = await testApp();
      expect((await postSupport(app, {}, undefined, {}, closedLetter)).status).toBe(409);
      expect((await postSupport(app, {}, undefined, {}, 'no-such-letter')).status).toBe(404);
    });
  });

  describe('when one address sends many letters in a day', () => {
    it('keeps each, answers each the same, and mails at most three confirmations', async () => {
      const app = await testApp();
      for (let i = 0; i < 5; i++) expect((await postSupport(app, aSupportLetter({ extract: `Version ${i}` }))).status).toBe(202);
      await app.sendAllMail();
      expect(await rows(app)).toHaveLength(5);
      expect(mailsTo(app, 'jane.doe@university.example')).toHaveLength(3);
    });
  });

  describe('a second confirmed letter from the same author', () => {
    it('is a letter of its own, for the campaigner to weigh', async () => {
      const app = await testApp();
      await awaitingSupport(app);
      await awaitingSupport(app, { extract: 'A revised extract.' });
      expect((await rows(app)).map((r) => r.state)).toEqual(['awaiting_approval', 'awaiting_approval']);
    });
  });
});

describe('the size of what is sent', () => {
  it('takes a letter of 20,000 four-byte characters as JSON', async () => {
    const app = await testApp();
    const res = await app.post(`/api/letters/${openLetter}/support`, aSupportLetter({ body: '😀'.repeat(20_000) }));
    expect(res.status).toBe(202);
  });

  it('names the PDF when it is just over 5 MB, and stores nothing', async () => {
    const app = await testApp();
    const res = await postSupport(app, aSupportLetter(), notReallyAPdf(pdfMaxBytes + 1));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ pdf: 'The PDF must be 5 MB or smaller' });
    expect(await rows(app)).toEqual([]);
    expect(uploadsIn(app)).toEqual([]);
  });

  it('refuses a body far over the limit with 413, before reading it', async () => {
    const app = await testApp();
    const res = await postSupport(app, aSupportLetter(), notReallyAPdf(6 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(await rows(app)).toEqual([]);
  });
});
