import { describe, expect, it } from 'vitest';
import { aSigner, openLetter, origin, testApp } from '../../helpers/app.ts';
import { lastMailTo, mailsTo, verifiedSignature } from '../../helpers/signatures.ts';
import { linkIn } from '../../helpers/smtp.ts';

const path = `/api/letters/${openLetter}/signatures`;
const welshTitle = 'Gwneud i gyd-gynhyrchu gyfrif yng Nghymru';
const englishTitle = 'Make co-production count in Wales';

/** Every address in a mail part, so a test can say there is exactly one of each kind. */
const linksIn = (part: string | false | undefined) => [...String(part ?? '').matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]);

describe("mail in the signer's language", () => {
  describe('when a Welsh reader signs (Accept-Language: cy)', () => {
    it('stores Welsh and mails the confirmation in Welsh, with the Welsh title and /cy/ links', async () => {
      const app = await testApp();
      await app.post(path, aSigner(), { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.8' });
      expect((await app.db.selectFrom('signatures').select('locale').executeTakeFirstOrThrow()).locale).toBe('cy');

      const mail = await lastMailTo(app, 'sian@example.cymru');
      expect(mail.subject).toBe(`Cadarnhewch eich llofnod: ${welshTitle}`);
      expect(mail.text).toContain('Annwyl Siân Ŵyn Roberts,');
      expect(mail.text).toContain(`Diolch am lofnodi'r llythyr agored “${welshTitle}”.`);
      expect(mail.text).toContain('Cadarnhau fy llofnod');
      expect(mail.text).not.toContain(englishTitle);

      const links = linksIn(mail.text);
      expect(links.filter((l) => l.includes('/confirm/'))).toEqual([expect.stringMatching(new RegExp(`^${origin}/cy/confirm/[\\w-]{43}$`))]);
      expect(links.filter((l) => l.includes('/withdraw/'))).toEqual([expect.stringMatching(new RegExp(`^${origin}/cy/withdraw/[\\w-]{43}$`))]);
      expect(links).toContain(`${origin}/cy/letters/${openLetter}`);
      expect(links.every((l) => l.startsWith(`${origin}/cy/`))).toBe(true);
      // The HTML part carries the same links and says it is Welsh.
      expect(mail.html).toContain('<html lang="cy">');
      expect(linksIn(mail.html).sort()).toEqual(links.sort());

      // The Welsh link's token confirms like any other.
      const token = linkIn(mail, 'confirm').split('/').pop();
      expect((await app.post('/api/signatures/confirm', { token })).status).toBe(200);
    });

    it('gives the link’s lifetime in Welsh words, dates and numbers (Intl)', async () => {
      const app = await testApp();
      await app.post(path, aSigner(), { 'accept-language': 'cy' });
      const mail = await lastMailTo(app, 'sian@example.cymru');
      expect(mail.text).toContain("Mae'r ddolen yn gweithio am 7 diwrnod, tan 10:00 ar 29 Tachwedd 2026 (amser y DU).");
    });
  });

  describe('when an English reader signs', () => {
    it.each([
      ['with Accept-Language: en', { 'accept-language': 'en-GB,en;q=0.9' }],
      ['with no Accept-Language', {}],
    ])('mails the confirmation in English %s, with links at the root', async (_, headers) => {
      const app = await testApp();
      await app.post(path, aSigner(), headers);
      const mail = await lastMailTo(app, 'sian@example.cymru');
      expect(mail.subject).toBe(`Confirm your signature: ${englishTitle}`);
      expect(mail.text).toContain('Dear Siân Ŵyn Roberts,');
      expect(mail.text).toContain('The link works for 7 days, until 10:00 on 29 November 2026 (UK time).');
      expect(mail.html).toContain('<html lang="en">');
      const links = linksIn(mail.text);
      expect(links.filter((l) => l.includes('/confirm/'))).toEqual([expect.stringMatching(new RegExp(`^${origin}/confirm/[\\w-]{43}$`))]);
      expect(links.filter((l) => l.includes('/withdraw/'))).toEqual([expect.stringMatching(new RegExp(`^${origin}/withdraw/[\\w-]{43}$`))]);
      expect(links).toContain(`${origin}/letters/${openLetter}`);
      expect(links.some((l) => l.includes('/cy/'))).toBe(false);
    });
  });

  describe('when a confirmed signer signs again', () => {
    it('sends the "already signed" notice in the language stored with the signature, not the one asked for now', async () => {
      const app = await testApp();
      await app.post(path, aSigner(), { 'accept-language': 'cy' });
      const token = linkIn(await lastMailTo(app, 'sian@example.cymru'), 'confirm').split('/').pop();
      expect((await app.post('/api/signatures/confirm', { token })).status).toBe(200);

      await app.post(path, aSigner(), { 'accept-language': 'en' });
      const notice = await lastMailTo(app, 'sian@example.cymru');
      expect(notice.subject).toBe(`Rydych wedi llofnodi eisoes: ${welshTitle}`);
      expect(notice.text).toContain("Mae eich llofnod eisoes wedi'i gadarnhau a'i gyfrif");
      expect(notice.html).toContain('<html lang="cy">');
      const links = linksIn(notice.text);
      expect(links.some((l) => l.includes('/confirm/'))).toBe(false);
      expect(links).toEqual([
        expect.stringMatching(/\/cy\/letters\//),
        expect.stringMatching(new RegExp(`^${origin}/cy/withdraw/[\\w-]{43}$`)),
        `${origin}/cy/privacy`,
      ]);
    });

    it('sends an English signer the notice in English', async () => {
      const app = await testApp();
      await verifiedSignature(app);
      await app.post(path, aSigner(), { 'accept-language': 'cy' });
      await app.sendAllMail();
      const [, notice] = mailsTo(app, 'sian@example.cymru');
      expect(notice?.subject).toBe(`You have already signed: ${englishTitle}`);
      expect(linksIn(notice?.text).slice(-2)).toEqual([expect.stringMatching(new RegExp(`^${origin}/withdraw/`)), `${origin}/privacy`]);
    });
  });

  describe('when a signer who withdrew signs again in the other language', () => {
    it('starts afresh in the language of this signing', async () => {
      const app = await testApp();
      const { withdraw } = await verifiedSignature(app);
      expect((await app.post('/api/signatures/withdraw', { token: withdraw })).status).toBe(200);
      await app.post(path, aSigner(), { 'accept-language': 'cy' });
      const mail = await lastMailTo(app, 'sian@example.cymru');
      expect(mail.subject).toBe(`Cadarnhewch eich llofnod: ${welshTitle}`);
    });
  });
});
