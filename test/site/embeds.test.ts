import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, decode, element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const welshTitle = 'Gwneud i gyd-gynhyrchu gyfrif yng Nghymru';

/** Signs and confirms, as a supporter does: the counts the embeds show move by one. */
async function confirmedSigner(email: string) {
  await site.post(`/letters/${openLetter}`, aSigner({ email }));
  await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')));
}

const bytesOf = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL(path, site.origin), { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};
const metaOf = (html: string) =>
  Object.fromEntries(tags(html, 'meta').filter((m) => m.property || m.name?.startsWith('twitter:')).map((m) => [m.property ?? m.name, m.content]));

beforeAll(() => confirmedSigner('elin@example.cymru'));

describe('a letter shared on social media', () => {
  it('has a 1200 × 630 PNG share image that is cached for five minutes and revalidated by its ETag', async () => {
    const { res, bytes } = await bytesOf(`/letters/${openLetter}/share.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(new URL(`/letters/${openLetter}/share.png`, site.origin), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
  });

  it('has a Welsh share image at the Welsh address, different from the English one', async () => {
    const [en, cy] = [await bytesOf(`/letters/${openLetter}/share.png`), await bytesOf(`/cy/letters/${openLetter}/share.png`)];
    expect(await sharp(cy.bytes).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(cy.bytes.equals(en.bytes)).toBe(false);
  });

  it('gets a new share image, with a new ETag, once another signature is confirmed', async () => {
    const before = await bytesOf(`/letters/${openLetter}/share.png`);
    await confirmedSigner('dafydd@example.cymru');
    const after = await bytesOf(`/letters/${openLetter}/share.png`, { 'if-none-match': before.res.headers.get('etag') ?? '' });
    expect(after.res.status).toBe(200);
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'));
    expect(after.bytes.equals(before.bytes)).toBe(false);
  });

  it.each([
    ['', 'en_GB', 'cy_GB', 'Make co-production count in Wales'],
    ['/cy', 'cy_GB', 'en_GB', welshTitle],
  ])('tells Open Graph and Twitter about the letter page at "%s/letters/…", with absolute addresses', async (prefix, locale, other, title) => {
    const page = await site.get(`${prefix}/letters/${openLetter}`);
    const meta = metaOf(page.html);
    expect(meta).toMatchObject({
      'og:title': title,
      'og:url': `${site.origin}${prefix}/letters/${openLetter}`,
      'og:image': `${site.origin}${prefix}/letters/${openLetter}/share.png`,
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:locale': locale,
      'og:locale:alternate': other,
      'twitter:card': 'summary_large_image',
    });
    expect(meta['og:description']).toBeTruthy();
    expect(meta['og:image:alt']).toContain(title);
    const image = await fetch(meta['og:image'] ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('puts the same card on the list of signatories', async () => {
    const meta = metaOf((await site.get(`/cy/letters/${openLetter}/signatories`)).html);
    expect(meta['og:image']).toBe(`${site.origin}/cy/letters/${openLetter}/share.png`);
    expect(meta['og:locale']).toBe('cy_GB');
    expect(meta['twitter:card']).toBe('summary_large_image');
  });
});

describe('a partner showing the letter on its own site', () => {
  it('finds the oEmbed address on the letter page, and it answers in the page’s language', async () => {
    for (const [prefix, title] of [['', 'Make co-production count in Wales'], ['/cy', welshTitle]]) {
      const link = tags((await site.get(`${prefix}/letters/${openLetter}`)).html, 'link').find((l) => l.type === 'application/json+oembed');
      expect(link?.title).toBe(title);
      const body = await (await fetch(link?.href ?? '')).json();
      expect(body.title).toBe(title);
      expect(body.html).toContain(`src="${site.origin}${prefix}/letters/${openLetter}/embed"`);
    }
  });

  it('gets a badge with the live count: SVG, short cache, cross-origin, under a policy that lets it load nothing', async () => {
    const res = await fetch(new URL(`/cy/letters/${openLetter}/badge.svg`, site.origin));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const svg = await res.text();
    expect(svg).toMatch(/>\d+ wedi llofnodi<\/text>/);
    expect(await sharp(Buffer.from(svg)).metadata()).toMatchObject({ format: 'svg', height: 20 });
  });

  it('gets the 404 page for the badge or share image of a letter that does not exist', async () => {
    expect((await site.get('/letters/no-such-letter/badge.svg')).status).toBe(404);
    expect((await site.get('/cy/letters/no-such-letter/share.png')).status).toBe(404);
  });

  it('may frame the widget, and no other page', async () => {
    const widget = await site.get(`/letters/${openLetter}/embed`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(widget.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/', `/letters/${openLetter}`, `/cy/letters/${openLetter}/signatories`, `/letters/${openLetter}/thank-you`, '/admin/sign-in']) {
      const page = await site.get(path);
      expect(page.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(page.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(page.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }
  });

  it.each([
    ['', 'Make co-production count in Wales', 'Sign the letter'],
    ['/cy', welshTitle, 'Llofnodwch y llythyr'],
  ])('shows in the widget at "%s": title, count, goal, and a link that opens the letter in a new tab', async (prefix, title, sign) => {
    const widget = await site.get(`${prefix}/letters/${openLetter}/embed`);
    const text = textOf(widget.html);
    expect(text).toContain(title);
    expect(text).toMatch(/of 500 signatures towards the goal|o 500 llofnod tuag at y targed/);
    expect(text).toMatch(/Open for signatures until 31 January 2027|Ar agor i'w lofnodi tan 31 Ionawr 2027/);
    expect(tags(widget.html, 'progress')[0]).toMatchObject({ max: '500' });
    const link = tags(widget.html, 'a').find((a) => decode(element(widget.html, 'a', `href="${a.href}"`) ?? '').includes(sign));
    expect(link).toMatchObject({ href: `${site.origin}${prefix}/letters/${openLetter}#sign`, target: '_blank', rel: 'noopener' });
    // No script, no form, nothing fetched from anywhere but this site.
    expect(tags(widget.html, 'script')).toEqual([]);
    expect(tags(widget.html, 'form')).toEqual([]);
    const fetched = [...tags(widget.html, 'link').map((l) => l.href ?? ''), ...tags(widget.html, 'img').map((i) => i.src ?? '')];
    expect(fetched.filter((u) => /^(https?:)?\/\//.test(u) && !u.startsWith(site.origin))).toEqual([]);
    expect(widget.html).not.toMatch(/example\.cymru/);
  });

  it('finds copy-ready HTML for the badge and the widget on the letter page, with a preview of the badge', async () => {
    const letterPage = await site.get(`/cy/letters/${openLetter}`);
    const section = element(letterPage.html, 'section', `aria-labelledby="embed-heading-${openLetter}"`) ?? '';
    expect(textOf(section)).toContain('Dangoswch y llythyr hwn ar eich gwefan');
    const page = { html: section };
    const boxes = tags(page.html, 'textarea');
    expect(boxes.map((b) => 'readonly' in b)).toEqual([true, true]);
    const labels = tags(page.html, 'label').map((l) => l.for);
    expect(boxes.every((b) => labels.includes(b.id ?? ''))).toBe(true);
    const [badge, widget] = boxes.map((b) => decode(element(page.html, 'textarea', `id="${b.id}"`) ?? ''));
    expect(badge).toBe(
      `<a href="${site.origin}/cy/letters/${openLetter}"><img src="${site.origin}/cy/letters/${openLetter}/badge.svg" ` +
        `alt="Llofnodion ar y llythyr agored “${welshTitle}”" height="20"></a>`,
    );
    expect(widget).toMatch(new RegExp(`^<iframe src="${site.origin}/cy/letters/${openLetter}/embed" width="400" height="240" title="[^"]+"`));
    // The preview takes the badge's own size before it loads, so nothing below it jumps.
    const preview = tags(page.html, 'img').find((i) => i.src === `/cy/letters/${openLetter}/badge.svg`);
    const drawn = await sharp(Buffer.from(await (await fetch(new URL(`/cy/letters/${openLetter}/badge.svg`, site.origin))).text())).metadata();
    expect({ width: Number(preview?.width), height: Number(preview?.height) }).toEqual({ width: drawn.width, height: drawn.height });
  });
});
