import { beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import {
  aSigner,
  closedLetter,
  emailAddress,
  hrefs,
  openLetter,
  openLetterTitle,
  pathOf,
  siteUnderTest,
  tags,
  textOf,
} from './browser.ts';

const site = siteUnderTest();
const post = 'why-we-are-writing-again';

/** Two people have signed and confirmed, so the pages show names (and must still show no address). */
beforeAll(async () => {
  const signers = [
    aSigner({ name: 'Elin Wyn Jones', email: 'elin@example.cymru', place: 'Aberaeron' }),
    aSigner({
      ...{ name: 'Ceredigion Carers', email: 'carers@example.org', kind: 'organisation', organisation: 'Ceredigion Carers' },
      ...{ organisation_type: 'third_sector', website: 'www.example.org' },
    }),
  ];
  for (const signer of signers) {
    await site.post(`/letters/${openLetter}`, signer);
    await site.post(pathOf(linkIn(await site.mailTo(signer.email ?? ''), 'confirm')));
  }
});

describe('reading the site', () => {
  it('puts open letters first on the home page, then the others, then the blog', async () => {
    const home = await site.get('/');
    expect(home.status).toBe(200);
    const text = textOf(home.html);
    const open = text.indexOf(openLetterTitle);
    const closed = text.indexOf('Put co-production at the heart of public services');
    const blog = text.indexOf('Why we are writing to the First Minister again');
    expect(open).toBeGreaterThan(-1);
    expect(closed).toBeGreaterThan(open);
    expect(blog).toBeGreaterThan(closed);
    expect(text).toContain('2 signatures');
    expect(tags(home.html, 'progress').find((p) => p.id === `progress-${openLetter}`)).toMatchObject({ value: '2', max: '500' });
  });

  it('shows the letter with its recipient, status, asks, count and progress', async () => {
    const letter = await site.get(`/letters/${openLetter}`);
    const text = textOf(letter.html);
    expect(text).toContain('To: The First Minister of Wales');
    expect(text).toContain('Open for signatures until 31 January 2027');
    expect(text).toContain('Give formal support to an independent, member-led Co-production Network for Wales.');
    expect(text).toContain('2 of 500 signatures towards the goal');
    expect(text).toContain('Dear First Minister');
  });

  it('lists the blog and shows a post with its date, author and letter', async () => {
    const blog = await site.get('/blog');
    expect(hrefs(blog.html)).toContain(`/blog/${post}`);
    const page = await site.get(`/blog/${post}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('By the campaign team · 1 October 2026');
    expect(hrefs(page.html)).toContain(`/letters/${openLetter}`);
  });

  it('filters the list of signatories and keeps the filters in the CSV link', async () => {
    const list = await site.get(`/letters/${openLetter}/signatories?kind=organisation&q=carers`);
    const text = textOf(list.html);
    expect(text).toContain('Ceredigion Carers');
    expect(text).not.toContain('Elin Wyn Jones');
    expect(text).toContain('2 confirmed signatures in all');
    const csv = hrefs(list.html).find((h) => h.includes('.csv')) ?? '';
    expect(new URL(csv, site.origin).searchParams.get('kind')).toBe('organisation');
    const rows = await (await fetch(new URL(csv, site.origin))).text();
    expect(rows).toContain('Ceredigion Carers');
    expect(rows).not.toContain('Elin Wyn Jones');
  });
});

describe('a letter that is closed', () => {
  it('has no sign form', async () => {
    const page = await site.get(`/letters/${closedLetter}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('This letter closed on 30 June 2025');
    expect(tags(page.html, 'input').filter((i) => i.name === 'email')).toHaveLength(0);
  });

  it('answers a post with 409 and the closed message, and sends no mail', async () => {
    const page = await site.post(`/letters/${closedLetter}`, aSigner({ email: 'late@example.cymru' }));
    expect(page.status).toBe(409);
    expect(textOf(page.html)).toContain('This letter is not open for signatures');
    await new Promise((r) => setTimeout(r, 1000));
    expect(site.inbox.filter((m) => m.to_address === 'late@example.cymru')).toHaveLength(0);
  });
});

describe('pages that do not exist', () => {
  for (const path of ['/no-such-page', '/letters/no-such-letter', `/letters/no-such-letter/signatories`, '/blog/no-such-post']) {
    it(`answers ${path} with the 404 page`, async () => {
      const page = await site.get(path);
      expect(page.status).toBe(404);
      expect(textOf(page.html)).toContain('Page not found');
      expect(hrefs(page.html)).toContain('/letters');
    });
  }

  it('answers a form posted to an unknown letter with 404', async () => {
    expect((await site.post('/letters/no-such-letter', aSigner())).status).toBe(404);
  });
});

describe('a form posted from another site', () => {
  it('is refused with 403 and signs nobody', async () => {
    const page = await site.post(`/letters/${openLetter}`, aSigner({ email: 'forged@example.cymru' }), 'https://evil.example');
    expect(page.status).toBe(403);
    await new Promise((r) => setTimeout(r, 1000));
    expect(site.inbox.filter((m) => m.to_address === 'forged@example.cymru')).toHaveLength(0);
  });
});

describe('every page', () => {
  const pages = [
    '/',
    '/letters',
    `/letters/${openLetter}`,
    `/letters/${closedLetter}`,
    `/letters/${openLetter}/signatories`,
    `/letters/${openLetter}/check-email`,
    `/letters/${openLetter}/thank-you`,
    `/letters/${openLetter}/withdrawn`,
    '/blog',
    `/blog/${post}`,
    '/no-such-page',
    `/confirm/${'A'.repeat(43)}`,
  ];

  it.each(pages)('%s sends the strict Content-Security-Policy and no email address', async (path) => {
    const page = await site.get(path);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(page.html).not.toMatch(emailAddress);
    expect(page.html).toMatch(/^<!DOCTYPE html><html lang="en">/i);
  });

  it.each(pages)('%s loads nothing from elsewhere and nothing inline the policy would block', async (path) => {
    const { html } = await site.get(path);
    for (const script of tags(html, 'script')) expect(script.src).toMatch(/^\/_astro\//);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle="/i);
    for (const link of tags(html, 'link').filter((l) => l.rel === 'stylesheet')) expect(link.href).toMatch(/^\/_astro\//);
    for (const img of tags(html, 'img')) expect(img.src).toMatch(/^(\/|data:)/);
  });

  it('serves the stylesheets and scripts it links to', async () => {
    const { html } = await site.get(`/letters/${openLetter}`);
    const assets = [...tags(html, 'link').map((l) => l.href), ...tags(html, 'script').map((s) => s.src)].filter((a) => a?.startsWith('/_astro/'));
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) expect((await fetch(new URL(asset ?? '', site.origin))).status).toBe(200);
  });
});
