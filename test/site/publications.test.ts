import { readFile } from 'node:fs/promises';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { closedLetter, element, openLetter, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const sample = 'who-signed-the-first-letter';
const page = `/publications/${sample}`;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url'].includes(name) });

/** The JSON-LD a search engine reads from the page, parsed as it would be. */
function jsonLd(html: string): Record<string, any> {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(script, 'the page has JSON-LD').toBeTruthy();
  return JSON.parse(script![1]!);
}

const aRequest = (overrides: Record<string, string> = {}) => ({
  name: 'Siân Prys',
  email: 'sian.prys@example.cymru',
  format: 'large_print',
  details: '',
  consent: 'yes',
  ...overrides,
});

describe('the publications library', () => {
  it('lists the sample publication newest first, in both languages, with a feed to find', async () => {
    const en = await site.get('/publications');
    expect(en.status).toBe(200);
    expect(tags(en.html, 'li').map((li) => li['data-publication']).filter(Boolean)).toEqual([sample]);
    expect(textOf(en.html)).toContain('Who signed the first letter: a short report by sector');
    expect(textOf(en.html)).toContain('Showing 1 publication');
    expect(tags(en.html, 'link').find((l) => l.type === 'application/rss+xml')?.href).toBe(`${site.origin}/publications/rss.xml`);

    const cy = await site.get('/cy/publications');
    expect(textOf(cy.html)).toContain('Pwy lofnododd y llythyr cyntaf: adroddiad byr fesul sector');
    expect(tags(cy.html, 'a').some((a) => a.href === `/cy${page}`)).toBe(true);
  });

  it('filters by year and kind with a GET form, counting each choice', async () => {
    const list = await site.get('/publications');
    const options = tags(list.html, 'option');
    expect(textOf(list.html)).toContain('2026 (1)');
    expect(textOf(list.html)).toContain('Report (1)');
    expect(options.some((o) => o.value === 'briefing')).toBe(false);

    const kept = await site.get('/publications?year=2026&kind=report');
    expect(tags(kept.html, 'li').filter((li) => li['data-publication'])).toHaveLength(1);
    expect(tags(kept.html, 'option').find((o) => o.value === '2026')).toHaveProperty('selected');

    const none = await site.get('/publications?year=2019');
    expect(tags(none.html, 'li').filter((li) => li['data-publication'])).toHaveLength(0);
    expect(textOf(none.html)).toContain('No publication matches these filters.');
    expect(textOf(none.html)).toContain('Clear filters');

    // A value that is no choice is no filter, never an error.
    const odd = await site.get('/publications?kind=novel&year=abc');
    expect(odd.status).toBe(200);
    expect(tags(odd.html, 'li').filter((li) => li['data-publication'])).toHaveLength(1);
  });
});

describe("a publication's page", () => {
  it('shows its metadata, the facts read from each PDF and the note about assistive technology', async () => {
    const en = await site.get(page);
    expect(en.status).toBe(200);
    const facts = textOf(element(en.html, 'dl', 'data-publication-facts') ?? '');
    expect(facts).toContain('Publisher');
    expect(facts).toContain('Co-production Network for Wales campaign');
    expect(facts).toContain('20 November 2026');
    expect(facts).toContain('The campaign team');
    expect(facts).toContain('CNW-2026-01');

    const file = await readFile(`content/publications/${sample}.pdf`);
    const pages = (await PDFDocument.load(file)).getPageCount();
    const size = `${Math.round(file.byteLength / 1024)} KB`;
    expect(textOf(en.html)).toContain(`(PDF, ${size}, ${pages === 1 ? '1 page' : `${pages} pages`}, in English)`);
    expect(textOf(en.html)).toMatch(/\(PDF, \d+ KB, \d+ pages?, in Welsh\)/);
    expect(textOf(en.html)).toContain('This file may not be suitable for users of assistive technology. Request an accessible format.');

    const cy = await site.get(`/cy${page}`);
    expect(textOf(cy.html)).toMatch(/\(PDF, \d+ KB, \d+ tudalen, yn Gymraeg\)/);
    expect(textOf(cy.html)).toContain('Efallai na fydd y ffeil hon yn addas i ddefnyddwyr technoleg gynorthwyol.');
  });

  it('has JSON-LD that parses: a Report with its publisher, date, language and PDFs', async () => {
    const ld = jsonLd((await site.get(page)).html);
    expect(ld['@type']).toBe('Report');
    expect(ld).toMatchObject({ name: 'Who signed the first letter: a short report by sector', datePublished: '2026-11-20', inLanguage: 'en', publisher: { name: 'Co-production Network for Wales campaign' }, reportNumber: 'CNW-2026-01' });
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'The campaign team' }]);
    expect(ld.encoding.map((e: any) => [e.encodingFormat, e.inLanguage, e.contentUrl])).toEqual([
      ['application/pdf', 'en', `${site.origin}/api/publications/${sample}.pdf`],
      ['application/pdf', 'cy', `${site.origin}/api/publications/${sample}.cy.pdf`],
    ]);
    expect(ld).not.toHaveProperty('isbn');
    expect(jsonLd((await site.get(`/cy${page}`)).html).inLanguage).toBe('cy');
  });

  it('has Open Graph tags and a citation to copy', async () => {
    const { html } = await site.get(page);
    const meta = Object.fromEntries(tags(html, 'meta').filter((m) => m.property).map((m) => [m.property, m.content]));
    expect(meta).toMatchObject({ 'og:type': 'article', 'og:title': 'Who signed the first letter: a short report by sector', 'og:url': `${site.origin}${page}`, 'og:locale': 'en_GB' });
    const citation = textOf(element(html, 'textarea', 'id="citation"') ?? '');
    expect(citation).toContain('The campaign team (2026). Who signed the first letter: a short report by sector. Co-production Network for Wales campaign. Report CNW-2026-01.');
    expect(citation).toContain(`${site.origin}${page}`);
  });

  it('is linked from the letters and the post it is about', async () => {
    for (const path of [`/letters/${openLetter}`, `/letters/${closedLetter}`, '/blog/why-we-are-writing-again', `/cy/letters/${openLetter}`]) {
      const { html } = await site.get(path);
      const section = element(html, 'section', 'data-related-publications') ?? '';
      expect(tags(section, 'a').map((a) => a.href), path).toEqual([`${path.startsWith('/cy') ? '/cy' : ''}${page}`]);
    }
  });

  it('answers 404 for a publication that does not exist', async () => {
    expect((await site.get('/publications/no-such-report')).status).toBe(404);
  });
});

describe('the PDF download', () => {
  it('serves the committed bytes as a PDF download with its name and caching', async () => {
    for (const file of [`${sample}.pdf`, `${sample}.cy.pdf`]) {
      const res = await fetch(`${site.origin}/api/publications/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes).toEqual(new Uint8Array(await readFile(`content/publications/${file}`)));
      expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
      const again = await fetch(`${site.origin}/api/publications/${file}`, { headers: { 'if-none-match': res.headers.get('etag') ?? '' } });
      expect(again.status).toBe(304);
      const head = await fetch(`${site.origin}/api/publications/${file}`, { method: 'HEAD' });
      expect([head.status, head.headers.get('content-length'), head.headers.get('content-type')]).toEqual([200, String(bytes.byteLength), 'application/pdf']);
    }
  });

  it('never serves anything but a PDF of the library', async () => {
    for (const path of ['/api/publications/nothing.pdf', `/api/publications/${sample}.md`, '/api/publications/..%2F..%2Fpackage.json']) {
      expect((await fetch(`${site.origin}${path}`)).status, path).toBe(404);
    }
  });
});

describe('the feed and the sitemap', () => {
  it('has a feed of new publications that parses, in both languages', async () => {
    for (const [path, link] of [['/publications/rss.xml', page], ['/cy/publications/rss.xml', `/cy${page}`]] as const) {
      const res = await fetch(`${site.origin}${path}`);
      expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      const text = await res.text();
      expect(XMLValidator.validate(text)).toBe(true);
      const channel = parser.parse(text).rss.channel;
      expect(channel.item.map((i: { link: string }) => i.link)).toEqual([`${site.origin}${link}`]);
    }
  });

  it('lists the library and each publication in the sitemap', async () => {
    const text = await (await fetch(`${site.origin}/sitemap.xml`)).text();
    const locs = parser.parse(text).urlset.url.map((u: { loc: string }) => u.loc);
    for (const path of ['/publications', page, '/cy/publications', `/cy${page}`]) expect(locs).toContain(`${site.origin}${path}`);
  });
});

describe('a reader asks for an accessible format', () => {
  it('names each field that needs an answer and keeps what was typed', async () => {
    const res = await site.post(page, aRequest({ name: '', format: '', consent: '', email: 'not-an-address' }));
    expect(res.status).toBe(422);
    const summary = textOf(element(res.html, 'div', 'data-error-summary') ?? '');
    expect(summary).toContain('Enter your name');
    expect(summary).toContain('Enter an email address in the correct format');
    expect(summary).toContain('Choose the format you need');
    expect(summary).toContain('Tick the box to agree to us holding your request');
    expect(tags(res.html, 'input').find((i) => i.name === 'email')?.value).toBe('not-an-address');

    const other = await site.post(`/cy${page}`, aRequest({ format: 'other' }));
    expect(other.status).toBe(422);
    expect(textOf(other.html)).toContain('Dywedwch wrthym pa fformat sydd ei angen arnoch');
  });

  it('reaches the workspace, where a campaigner marks it done; a data request erases the rest', async () => {
    const sent = await site.post(`/cy${page}`, aRequest({ format: 'braille', details: 'Gradd 2, os gwelwch yn dda' }));
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/cy${page}?requested=1#request`);
    expect(textOf((await site.get(sent.location!)).html)).toContain('Cais wedi’i anfon');

    // Without a session the workspace is closed, to read and to act.
    const closed = await site.get('/admin/publication-requests');
    expect(closed.status).toBe(303);
    expect(closed.location).toContain('/admin/sign-in');
    expect((await site.post('/admin/publication-requests', { decision: 'done', id: '1' })).status).toBe(303);

    const cookie = await site.signInAs(campaigner);
    const list = await site.get('/admin/publication-requests', { cookie });
    expect(list.status).toBe(200);
    const row = tags(list.html, 'tr').find((tr) => tr['data-request']);
    expect(textOf(list.html)).toContain('Siân Prys');
    expect(textOf(list.html)).toContain('sian.prys@example.cymru');
    expect(textOf(list.html)).toContain('Braille');
    expect(textOf(list.html)).toContain('Gradd 2, os gwelwch yn dda');
    expect(textOf(list.html)).toContain('Answer in Welsh');
    expect(tags(list.html, 'a').find((a) => a.href === '/admin/publication-requests')).toBeTruthy();
    expect(textOf(list.html)).toContain('Accessible formats (1)');

    const done = await site.post('/admin/publication-requests', { decision: 'done', id: row!['data-request']! }, site.origin, { cookie });
    expect(done.status).toBe(303);
    const after = await site.get(done.location!, { cookie });
    expect(textOf(after.html)).toContain('The request is marked as done.');
    expect(textOf(after.html)).toContain('There are no open requests.');

    // A second request by the same person, found and erased by a data request.
    expect((await site.post(page, aRequest({ email: 'Sian.Prys@example.cymru', format: 'audio' }))).status).toBe(303);
    const found = await site.post('/admin/people', { decision: 'find', email: 'sian.prys@example.cymru' }, site.origin, { cookie });
    const section = element(found.html, 'section', 'data-publication-requests-found');
    expect(section, 'the people page lists the requests').toBeTruthy();
    expect(textOf(section!)).toContain('Audio');
    const missing = await site.post('/admin/publication-requests', { decision: 'erase', email: 'sian.prys@example.cymru', reason: '' }, site.origin, { cookie });
    expect(missing.status).toBe(422);
    const erased = await site.post('/admin/publication-requests', { decision: 'erase', email: 'sian.prys@example.cymru', reason: 'Asked by email to forget her' }, site.origin, { cookie });
    expect(erased.status).toBe(303);
    const again = await site.post('/admin/people', { decision: 'find', email: 'sian.prys@example.cymru' }, site.origin, { cookie });
    expect(element(again.html, 'section', 'data-publication-requests-found')).toBeUndefined();
  });
});
