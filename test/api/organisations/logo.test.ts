import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { log } from '../../../api/log/logger.ts';
import { approveOrganisation, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { logoUrl } from '../../../api/signatories/signatory.repository.ts';
import { aSigner, asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, lastMailTo } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { refuseInserts } from '../../helpers/sql.ts';

const signPath = `/api/letters/${openLetter}/signatures`;
const listPath = `/api/letters/${openLetter}/signatories`;
const campaigner = 'gwen@ymgyrch.cymru';
const welsh = { 'accept-language': 'cy' };

/** A council signing from an address at its website's domain: verified as soon as it confirms. */
const council = asOrganisation('Cyngor Sir Enghraifft', 'clerc@cyngor-enghraifft.cymru', { organisation_type: 'local_authority' });
/** A health board signing from a personal address: it waits for a campaigner. */
const unmatched = asOrganisation('Bwrdd Iechyd Enghraifft', 'prif.weithredwr@gmail.com', { organisation_type: 'nhs', website: 'https://bwrdd.nhs.wales/' });

/** A real image of the given format and size: a coloured square with a stripe, so it is not empty. */
async function image(format: 'png' | 'jpeg' | 'webp', width = 1200, height = 800): Promise<Buffer> {
  const stripe = await sharp({ create: { width: Math.max(1, Math.floor(width / 4)), height, channels: 3, background: '#ffffff' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#b3262d' } })
    .composite([{ input: stripe, left: 0, top: 0 }])
    // Metadata a phone would write: none of it may be published.
    .withExif({ IFD0: { Copyright: 'Secret Photographer', ImageDescription: 'Taken at 52.41N 4.08W' } })
    [format]()
    .toBuffer();
}
const file = (bytes: Uint8Array, name = 'logo.png', type = 'image/png') => ({ logo: { bytes, name, type } });

const signWithLogo = (app: TestApp, signer: Record<string, unknown>, logo: ReturnType<typeof file>, headers: Record<string, string> = {}) =>
  app.postMultipart(signPath, aSigner(signer), logo, headers);

/** Every file under DATA_DIR/uploads: "nothing stored" means none. */
function uploaded(app: TestApp): string[] {
  const root = path.join(app.dataDir, 'uploads');
  return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
}

const rowOf = (app: TestApp, email: string) => app.db.selectFrom('signatures').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
const listed = async (app: TestApp) => (await (await app.get(`${listPath}?kind=organisation`)).json()).items as { organisation: string; logo_url: string | null }[];

async function confirm(app: TestApp, email: string) {
  const res = await app.post('/api/signatures/confirm', { token: tokenIn(await lastMailTo(app, email), 'confirm') });
  expect(res.status).toBe(200);
}

async function withdraw(app: TestApp, email: string) {
  const res = await app.post('/api/signatures/withdraw', { token: tokenIn(await lastMailTo(app, email), 'withdraw') });
  expect(res.status).toBe(200);
}

/** Where the signature's logo would be served, whether or not it is public. */
async function logoAddress(app: TestApp, email: string): Promise<string> {
  const { logo } = await rowOf(app, email);
  if (!logo) throw new Error(`no logo stored for ${email}`);
  return logoUrl(openLetter, logo);
}

describe('POST /api/letters/:slug/signatures with a logo', () => {
  describe('an organisation signs with a PNG logo', () => {
    it('is served, once the organisation is verified, as the server’s own WebP of at most 400×400 with no metadata', async () => {
      const app = await testApp();
      const png = await image('png', 1200, 800);
      expect(png.toString('latin1')).toContain('Secret Photographer');
      expect((await signWithLogo(app, council, file(png))).status).toBe(202);
      expect(uploaded(app)).toHaveLength(1);
      expect(await listed(app)).toEqual([]);

      await confirm(app, council.email);
      const [item] = await listed(app);
      expect(item?.organisation).toBe('Cyngor Sir Enghraifft');
      expect(item?.logo_url).toMatch(new RegExp(`^/api/letters/${openLetter}/signatories/logos/[A-Za-z0-9_-]{22}\\.webp$`));

      const res = await app.get(item!.logo_url!);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
      const served = Buffer.from(await res.arrayBuffer());
      expect(served.equals(png)).toBe(false);
      const meta = await sharp(served).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: 400, height: 267 });
      expect(meta.exif).toBeUndefined();
      expect(served.toString('latin1')).not.toContain('Secret Photographer');
    });

    it('accepts a JPEG and a WebP too, and never enlarges a small one', async () => {
      const app = await testApp();
      const signers = [
        [asOrganisation('JPEG Org', 'a@jpeg-org.cymru'), file(await image('jpeg', 300, 120), 'logo.jpg', 'image/jpeg')],
        [asOrganisation('WebP Org', 'a@webp-org.cymru'), file(await image('webp', 900, 900), 'logo.webp', 'image/webp')],
      ] as const;
      for (const [signer, logo] of signers) {
        expect((await signWithLogo(app, signer, logo)).status).toBe(202);
        await confirm(app, signer.email);
      }
      const sizes = await Promise.all(
        (await listed(app)).map(async (item) => {
          const { width, height, format } = await sharp(Buffer.from(await (await app.get(item.logo_url!)).arrayBuffer())).metadata();
          return [item.organisation, format, width, height];
        }),
      );
      expect(sizes).toEqual([
        ['WebP Org', 'webp', 400, 400],
        ['JPEG Org', 'webp', 300, 120],
      ]);
    });

    it('signs without one as before: the item’s logo_url is null', async () => {
      const app = await testApp();
      expect((await app.postMultipart(signPath, aSigner(council), { logo: { bytes: new Uint8Array(), name: '', type: 'application/octet-stream' } })).status).toBe(202);
      await confirm(app, council.email);
      expect((await listed(app))[0]?.logo_url).toBeNull();
      expect(uploaded(app)).toEqual([]);
    });
  });

  describe('a file that is not a logo we can publish', () => {
    const notAnImage = new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script>');

    it.each([
      ['an HTML file renamed logo.png', async () => file(notAnImage), 'The logo must be a PNG, JPEG or WebP image: choose another file'],
      ['a GIF', async () => file(await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif().toBuffer(), 'logo.gif', 'image/gif'), 'The logo must be a PNG, JPEG or WebP image: choose another file'],
      ['a PNG cut off half way', async () => { const png = await image('png'); return file(png.subarray(0, png.length / 2)); }, 'The logo could not be read as an image: save it again as PNG, JPEG or WebP and choose it again'],
      ['a PNG signature followed by junk', async () => file(Buffer.concat([(await image('png')).subarray(0, 8), Buffer.alloc(2000, 7)])), 'The logo could not be read as an image: save it again as PNG, JPEG or WebP and choose it again'],
      ['a PNG just over 1 MB (the body still within the route’s limit)', async () => { const png = await image('png'); return file(Buffer.concat([png, Buffer.alloc(1024 * 1024 + 10 * 1024 - png.length)])); }, 'The logo must be 1 MB or smaller: choose a smaller file'],
      ['a PNG of 6,000 pixels across', async () => file(await sharp({ create: { width: 6000, height: 10, channels: 3, background: '#000' } }).png().toBuffer()), 'The logo must be 5,000 pixels wide and high or smaller: choose a smaller image'],
    ])('refuses %s with 422 on `logo`, and stores nothing', async (_, logo, message) => {
      const app = await testApp();
      const res = await signWithLogo(app, council, await logo());
      expect(res.status).toBe(422);
      expect((await res.json()).error).toMatchObject({ code: 'invalid_input', fields: { logo: message } });
      for (const table of ['signatures', 'tokens', 'outbox'] as const) expect(await app.rowCount(table)).toBe(0);
      expect(uploaded(app)).toEqual([]);
    });

    it('names the logo beside every other problem, so the signer corrects them all at once', async () => {
      const app = await testApp();
      const res = await signWithLogo(app, { ...council, name: '', consent: false }, file(notAnImage));
      expect(Object.keys((await res.json()).error.fields).sort()).toEqual(['consent', 'logo', 'name']);
    });

    it('says so in Welsh for a Welsh reader', async () => {
      const app = await testApp();
      const res = await signWithLogo(app, council, file(notAnImage), welsh);
      expect((await res.json()).error.fields).toEqual({ logo: "Rhaid i'r logo fod yn ddelwedd PNG, JPEG neu WebP: dewiswch ffeil arall" });
      const big = await signWithLogo(app, council, file(Buffer.alloc(1024 * 1024 + 1)), welsh);
      expect((await big.json()).error.fields).toEqual({ logo: "Rhaid i'r logo fod yn 1 MB neu lai: dewiswch ffeil lai" });
    });

    it('answers a body over the route’s limit (1 MB and 64 KB) with 413, naming that limit, and stores nothing', async () => {
      const app = await testApp();
      const res = await signWithLogo(app, council, file(Buffer.alloc(2 * 1024 * 1024)));
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'The request is larger than 1,088 KB.' } });
      expect(await app.rowCount('signatures')).toBe(0);
      expect(uploaded(app)).toEqual([]);
    });

    it('keeps 64 KB for a JSON body on the same route: only a multipart body can carry a file', async () => {
      const app = await testApp();
      const res = await app.post(signPath, aSigner({ ...council, comment: 'x'.repeat(100 * 1024) }));
      expect(res.status).toBe(413);
    });
  });

  describe('an individual who sends a logo', () => {
    it('is signed without it: the file is neither checked nor kept', async () => {
      const app = await testApp();
      for (const [email, logo] of [['a@example.cymru', file(await image('png'))], ['b@example.cymru', file(new TextEncoder().encode('<html>'))]] as const) {
        expect((await signWithLogo(app, { email }, logo)).status).toBe(202);
        expect((await rowOf(app, email)).logo).toBeNull();
      }
      expect(uploaded(app)).toEqual([]);
    });
  });

  describe('when the email has already signed', () => {
    it('answers the same 202 and keeps the first logo while the signature is pending (the new file is not kept)', async () => {
      const app = await testApp();
      await signWithLogo(app, council, file(await image('png')));
      const first = (await rowOf(app, council.email)).logo;
      const again = await signWithLogo(app, council, file(await image('jpeg'), 'other.jpg', 'image/jpeg'));
      expect([again.status, await again.json()]).toEqual([202, { status: 'pending' }]);
      expect((await rowOf(app, council.email)).logo).toBe(first);
      expect(uploaded(app)).toEqual([path.basename(first!)]);
    });

    it('keeps the verified signature’s logo as it is', async () => {
      const app = await testApp();
      await signWithLogo(app, council, file(await image('png')));
      await confirm(app, council.email);
      const first = (await rowOf(app, council.email)).logo;
      expect((await signWithLogo(app, council, file(await image('webp'), 'new.webp', 'image/webp'))).status).toBe(202);
      expect((await rowOf(app, council.email)).logo).toBe(first);
      expect(uploaded(app)).toEqual([path.basename(first!)]);
    });

    it('after withdrawing, starts afresh with the new logo, or none, and the old file goes', async () => {
      const app = await testApp();
      await signWithLogo(app, council, file(await image('png')));
      await confirm(app, council.email);
      await withdraw(app, council.email);
      expect((await signWithLogo(app, council, file(await image('jpeg'), 'new.jpg', 'image/jpeg'))).status).toBe(202);
      const second = (await rowOf(app, council.email)).logo;
      expect(uploaded(app)).toEqual([path.basename(second!)]);

      await confirm(app, council.email);
      await withdraw(app, council.email);
      expect((await app.postMultipart(signPath, aSigner(council))).status).toBe(202);
      expect((await rowOf(app, council.email)).logo).toBeNull();
      expect(uploaded(app)).toEqual([]);
    });
  });

  describe('when the database refuses the signature', () => {
    it('removes the logo it had saved: no file without its row', async () => {
      const app = await testApp();
      await refuseInserts(app.db, 'signatures', 'disk full');
      const logged = vi.spyOn(log, 'error');
      const res = await signWithLogo(app, council, file(await image('png')));
      expect(res.status).toBe(500);
      expect(logged).toHaveBeenCalled();
      logged.mockRestore();
      expect(uploaded(app)).toEqual([]);
    });
  });
});

describe('GET /api/letters/:slug/signatories/logos/:file', () => {
  it('serves a logo only while its organisation is listed', async () => {
    const app = await testApp();
    const status = async (address: string) => (await app.get(address)).status;

    await signWithLogo(app, unmatched, file(await image('png')));
    const waiting = await logoAddress(app, unmatched.email);
    expect(await status(waiting)).toBe(404);
    await confirm(app, unmatched.email);
    expect(await status(waiting)).toBe(404);
    const { id } = await rowOf(app, unmatched.email);
    await approveOrganisation(app, id, campaigner);
    expect(await status(waiting)).toBe(200);
    await withdraw(app, unmatched.email);
    expect(await status(waiting)).toBe(404);

    const rejected = asOrganisation('Rejected Org', 'someone@outlook.com', { website: 'https://rejected.org.uk/' });
    await signWithLogo(app, rejected, file(await image('png')));
    await confirm(app, rejected.email);
    await rejectOrganisation(app, (await rowOf(app, rejected.email)).id, campaigner, 'Not at the organisation’s domain');
    expect(await status(await logoAddress(app, rejected.email))).toBe(404);
  });

  it('answers 404 in the error shape for a name that is no logo, and for another letter’s', async () => {
    const app = await testApp();
    await signWithLogo(app, council, file(await image('png')));
    await confirm(app, council.email);
    const address = await logoAddress(app, council.email);
    expect((await app.get(address)).status).toBe(200);
    for (const other of [
      address.replace(openLetter, 'co-production-at-the-heart'),
      address.replace(/[A-Za-z0-9_-]{22}\.webp$/, `${'A'.repeat(22)}.webp`),
      address.replace(/\.webp$/, '.png'),
      `${listPath}/logos/..%2F..%2Fsignatures.sqlite`,
    ]) {
      const res = await app.get(other);
      expect([other, res.status]).toEqual([other, 404]);
      expect((await res.json()).error.code).toBe('not_found');
    }
  });
});
