import { describe, expect, it } from 'vitest';
import { closedLetter, openLetter, origin, testApp } from '../../helpers/app.ts';
import { verifiedSignature } from '../../helpers/signatures.ts';

const oembed = (app: Awaited<ReturnType<typeof testApp>>, params: Record<string, string>, headers: Record<string, string> = {}) =>
  app.get(`/api/oembed?${new URLSearchParams(params)}`, headers);

describe('GET /api/oembed', () => {
  it('answers a letter page’s address with a "rich" oEmbed: the widget in an iframe, the share image as thumbnail', async () => {
    const app = await testApp();
    const res = await oembed(app, { url: `${origin}/letters/${openLetter}`, format: 'json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'Llofnod',
      provider_url: `${origin}/`,
      title: 'Make co-production count in Wales',
      html:
        `<iframe src="${origin}/letters/${openLetter}/embed" width="400" height="240" ` +
        'title="The open letter “Make co-production count in Wales”: its count and a link to sign it" style="border:0" loading="lazy"></iframe>',
      width: 400,
      height: 240,
      thumbnail_url: `${origin}/letters/${openLetter}/share.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('answers in Welsh for the Welsh page, with or without a trailing slash, and for the media page', async () => {
    const app = await testApp();
    for (const path of [`/cy/letters/${openLetter}`, `/cy/letters/${openLetter}/`, `/cy/letters/${openLetter}/media`]) {
      const body = await (await oembed(app, { url: `${origin}${path}` })).json();
      expect(body.title, path).toBe('Gwneud i gyd-gynhyrchu gyfrif yng Nghymru');
      expect(body.provider_url).toBe(`${origin}/cy`);
      expect(body.html).toContain(`src="${origin}/cy/letters/${openLetter}/embed"`);
      expect(body.html).toContain('title="Y llythyr agored “Gwneud i gyd-gynhyrchu gyfrif yng Nghymru”: ei gyfrif a dolen i’w lofnodi"');
      expect(body.thumbnail_url).toBe(`${origin}/cy/letters/${openLetter}/share.png`);
    }
  });

  it('accepts the English page with a trailing slash, and a closed letter', async () => {
    const app = await testApp();
    expect((await oembed(app, { url: `${origin}/letters/${openLetter}/` })).status).toBe(200);
    expect((await (await oembed(app, { url: `${origin}/letters/${closedLetter}` })).json()).title).toBe(
      'Put co-production at the heart of public services',
    );
  });

  it('keeps the iframe within maxwidth and maxheight, and leaves out a thumbnail that would not fit', async () => {
    const app = await testApp();
    const body = await (await oembed(app, { url: `${origin}/letters/${openLetter}`, maxwidth: '300', maxheight: '200' })).json();
    expect([body.width, body.height]).toEqual([300, 200]);
    expect(body.html).toContain('width="300" height="200"');
    expect(body).not.toHaveProperty('thumbnail_url');
    expect(body).not.toHaveProperty('thumbnail_width');
    const roomy = await (await oembed(app, { url: `${origin}/letters/${openLetter}`, maxwidth: '1600', maxheight: '900' })).json();
    expect([roomy.width, roomy.height, roomy.thumbnail_width]).toEqual([400, 240, 1200]);
  });

  it('says nothing of who signed: only the title and addresses', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const text = await (await oembed(app, { url: `${origin}/letters/${openLetter}` })).text();
    expect(text).not.toMatch(/Siân|sian@example\.cymru/);
  });

  it.each([
    ['another site', `https://elsewhere.example/letters/${openLetter}`],
    ['a letter that does not exist', `${origin}/letters/no-such-letter`],
    ['a page of this site that is not a letter', `${origin}/blog/why-we-are-writing-again`],
    ['the signatories page', `${origin}/letters/${openLetter}/signatories`],
    ['another language prefix', `${origin}/fr/letters/${openLetter}`],
    ['not an address at all', 'make-co-production-count'],
  ])('answers 404 for %s', async (_, url) => {
    const app = await testApp();
    const res = await oembed(app, { url });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers 501 for format=xml, the format it does not offer, in the reader’s language', async () => {
    const app = await testApp();
    const res = await oembed(app, { url: `${origin}/letters/${openLetter}`, format: 'xml' }, { 'accept-language': 'cy' });
    expect(res.status).toBe(501);
    expect(await res.json()).toEqual({
      error: { code: 'not_implemented', message: 'Ni chynigir y fformat hwnnw: gofynnwch am JSON (format=json).' },
    });
  });

  it('answers 422 naming the field when url is missing or maxwidth is not a number', async () => {
    const app = await testApp();
    const missing = await oembed(app, {});
    expect(missing.status).toBe(422);
    expect(Object.keys((await missing.json()).error.fields)).toEqual(['url']);
    const bad = await oembed(app, { url: `${origin}/letters/${openLetter}`, maxwidth: 'wide' });
    expect(Object.keys((await bad.json()).error.fields)).toEqual(['maxwidth']);
  });

  it('may be fetched from a partner’s page in the browser, and cached for a few minutes', async () => {
    const app = await testApp();
    const res = await oembed(app, { url: `${origin}/letters/${openLetter}` });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
  });
});
