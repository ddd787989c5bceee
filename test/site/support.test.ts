import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import type { Deps } from '../../api/deps.ts';
import { approveSupport } from '../../api/support/support.moderation.ts';
import { aPdf, aPdfWithJavaScript } from '../helpers/pdf.ts';
import { linkIn } from '../helpers/smtp.ts';
import { closedLetter, element, fieldValue, hrefs, openLetter, openLetterTitle, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const supportPage = `/letters/${openLetter}/support`;
const newPath = `${supportPage}/new`;

/** A letter of support as its author fills in the form; override any field. */
const anAuthor = (overrides: Record<string, string> = {}): Record<string, string> => ({
  author_name: 'Professor Jane Doe',
  role: 'Professor of Public Services',
  organisation: 'University of Somewhere',
  country: 'US',
  email: 'jane.doe@university.example',
  body: 'To the First Minister,\n\nI write in support of this letter.\n\nCo-production works when it is funded.\nWith best wishes,\nJane',
  extract: 'Co-production works when it is funded.',
  publish: 'full',
  consent: 'yes',
  ...overrides,
});

/** Each published letter of support on a page, as markup. */
const articles = (html: string) => [...html.matchAll(/<article\b[\s\S]*?<\/article>/g)].map(([a]) => a);

/** The form as a browser sends it: multipart, with the file box empty when no PDF was chosen. */
function send(path: string, fields: Record<string, string>, pdf?: Uint8Array) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('pdf', pdf ? new File([Buffer.from(pdf)], 'signed-letter.pdf', { type: 'application/pdf' }) : new File([], '', { type: 'application/octet-stream' }));
  return site.postMultipart(path, form);
}

// The campaigners' decision is taken on the server's own database, through the service the workspace calls.
let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());

const rowOf = async (email: string) =>
  (await database()).selectFrom('support_letters').selectAll().where('email', '=', email).orderBy('id', 'desc').executeTakeFirstOrThrow();

async function approve(email: string, choices: { notable?: boolean } = {}) {
  const deps = { db: await database(), clock: () => new Date('2026-11-23T12:00:00Z') } as Pick<Deps, 'db' | 'clock'>;
  // approveSupport reads only the database and the clock.
  await approveSupport(deps as Deps, (await rowOf(email)).id, 'gwen@ymgyrch.cymru', choices);
}

/** Sends a letter of support through the page and confirms it from the mail: it then waits for a campaigner. */
async function sendAndConfirm(fields: Record<string, string>, pdf?: Uint8Array, lang: '' | '/cy' = '') {
  expect((await send(`${lang}${newPath}`, fields, pdf)).status).toBe(303);
  const confirmed = await site.post(pathOf(linkIn(await site.mailTo(fields['email'] ?? ''), 'support/confirm')));
  expect(confirmed.status).toBe(303);
}

describe('an expert sends a letter of support without JavaScript', () => {
  it('finds a form that asks for everything, with nothing chosen for them', async () => {
    const page = await site.get(newPath);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(openLetterTitle);
    const form = tags(page.html, 'form').find((f) => f.method === 'post');
    expect(form).toMatchObject({ action: newPath, enctype: 'multipart/form-data' });
    expect(tags(page.html, 'input').find((i) => i.name === 'pdf')).toMatchObject({ type: 'file', accept: 'application/pdf,.pdf' });
    expect(tags(page.html, 'textarea').map((t) => [t.name, t.maxlength])).toEqual([
      ['body', '20000'],
      ['extract', '300'],
    ]);
    expect(fieldValue(page.html, 'publish')).toBeUndefined();
    expect(fieldValue(page.html, 'consent')).toBeUndefined();
    expect(fieldValue(page.html, 'country')).toBe('');
    const text = textOf(page.html);
    expect(text).toContain('Your email address is never published');
    expect(text).toContain('Up to 5 MB');
    expect(text).toContain('shown on the page of letters of support and to journalists');
    expect(text).toContain('political opinions');
    for (const label of ['The full letter', 'Only the extract', 'Nothing: it is for the recipient only']) expect(text).toContain(label);
    // Every control has its label.
    for (const { id } of tags(page.html, 'input').filter((i) => i.type !== 'hidden')) expect(page.html).toContain(`for="${id}"`);
  });

  it('sends it with a signed PDF, confirms from the mail, and once approved it is published as the author allowed', async () => {
    const pdf = await aPdf();
    const fields = anAuthor({ body: `${anAuthor().body}\n\n<em>not markup</em>` });
    const sent = await send(newPath, fields, pdf);
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`${supportPage}/sent`);

    const check = await site.get(sent.location ?? '');
    expect(check.status).toBe(200);
    expect(textOf(check.html)).toContain('Check your email');
    expect(textOf(check.html)).toContain(openLetterTitle);
    expect(check.html).not.toContain(fields['email']);

    const mail = await site.mailTo(fields['email'] ?? '');
    const confirmPath = pathOf(linkIn(mail, 'support/confirm'));
    expect(confirmPath).toMatch(/^\/support\/confirm\/[\w-]{43}$/);

    const confirmPage = await site.get(confirmPath);
    expect(confirmPage.status).toBe(200);
    expect(confirmPage.headers.get('cache-control')).toContain('no-store');
    expect(textOf(confirmPage.html)).toContain(openLetterTitle);
    expect(tags(confirmPage.html, 'form')).toHaveLength(1);
    expect(tags(confirmPage.html, 'button')).toHaveLength(1);
    expect(element(confirmPage.html, 'button', 'type="submit"')?.trim()).toBe('Confirm my letter of support');
    expect((await rowOf(fields['email'] ?? '')).state).toBe('pending');

    const confirmed = await site.post(confirmPath);
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`${supportPage}/confirmed`);
    expect((await rowOf(fields['email'] ?? '')).state).toBe('awaiting_approval');
    const thanks = await site.get(confirmed.location ?? '');
    expect(textOf(thanks.html)).toContain('Thank you for your letter of support');
    expect(textOf(thanks.html)).toContain('A campaigner will read it before anything is published');

    const again = await site.post(confirmPath);
    expect(again.status).toBe(409);
    expect(textOf(again.html)).toContain('This link has already been used');
    expect(textOf(again.html)).toContain('waiting for a campaigner');
    expect(hrefs(again.html)).toContain(supportPage);

    // Confirmed is not published: a campaigner reads it first.
    expect(textOf((await site.get(supportPage)).html)).not.toContain('Professor Jane Doe');

    await approve(fields['email'] ?? '', { notable: true });
    const page = await site.get(supportPage);
    expect(page.status).toBe(200);
    const [entry = ''] = articles(page.html);
    const text = textOf(entry);
    expect(text).toContain('Notable');
    expect(text).toContain('Professor Jane Doe');
    expect(text).toContain('Professor of Public Services, University of Somewhere');
    expect(text).toContain('United States');
    expect(element(entry, 'blockquote', 'class=')).toContain('Co-production works when it is funded.');
    expect(text).toContain('Published on 23 November 2026');
    // The full letter, a paragraph at each blank line, as text and never as markup.
    const full = element(entry, 'div', 'class="support-letter__body"') ?? '';
    expect(tags(full, 'p')).toHaveLength(4);
    expect(textOf(full)).toContain('I write in support of this letter.');
    expect(full).toContain('&lt;em&gt;not markup&lt;/em&gt;');
    expect(page.html).not.toContain('<em>not markup');
    expect(textOf(element(entry, 'summary', '') ?? entry)).toContain('Read the full letter');
    expect(page.html).not.toContain(fields['email']);

    const pdfLink = hrefs(entry).find((h) => h.endsWith('.pdf'));
    expect(pdfLink).toMatch(new RegExp(`^/api/letters/${openLetter}/support/\\d+/letter\\.pdf$`));
    const download = await fetch(new URL(pdfLink ?? '', site.origin));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="letter-of-support-\d+\.pdf"$/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);

    // The letter's own page points to it.
    const letter = await site.get(`/letters/${openLetter}`);
    const summary = element(letter.html, 'section', 'data-support-count=') ?? '';
    expect(textOf(summary)).toContain('Letters of support');
    expect(textOf(summary)).toMatch(/\d+ letters? of support (has|have) been published/);
    expect(hrefs(summary)).toEqual([supportPage, newPath]);
  });

  it('publishes only the extract when that is all the author allowed, and nothing for the recipient-only letter', async () => {
    await sendAndConfirm(anAuthor({ author_name: 'Dr Extract Only', email: 'extract@example.org', body: 'A private paragraph for the recipient.', extract: 'Only these words are public.', publish: 'extract' }), await aPdf());
    await sendAndConfirm(anAuthor({ author_name: 'Ms Recipient Only', email: 'nothing@example.org', body: 'For the Minister alone.', extract: 'Not for the page.', publish: 'none' }));
    await approve('extract@example.org');
    await approve('nothing@example.org');

    const page = await site.get(supportPage);
    const text = textOf(page.html);
    expect(text).toContain('Dr Extract Only');
    expect(text).toContain('Only these words are public.');
    expect(page.html).not.toContain('A private paragraph for the recipient.');
    expect(page.html).not.toContain('Ms Recipient Only');
    expect(page.html).not.toContain('Not for the page.');
    const html = articles(page.html).find((a) => a.includes('Dr Extract Only')) ?? '';
    expect(tags(html, 'details')).toHaveLength(0);
    expect(hrefs(html).filter((h) => h.endsWith('.pdf'))).toHaveLength(0);
    // Notable first.
    expect(text.indexOf('Professor Jane Doe')).toBeLessThan(text.indexOf('Dr Extract Only'));
  });
});

describe('a letter of support with mistakes, on the Welsh page', () => {
  it('comes back (422) in Welsh with an error summary linking to each field, what was typed kept, and the PDF asked for again', async () => {
    const fields = anAuthor({ role: '', publish: '', consent: '', country: 'GB-WLS', author_name: 'Siân Ŵyn', body: 'Annwyl Weinidog,\n\nRwy’n cefnogi’r llythyr.' });
    delete fields['publish'];
    delete fields['consent'];
    const page = await send(`/cy${newPath}`, fields, await aPdf());
    expect(page.status).toBe(422);
    expect(page.html).toContain('<html lang="cy"');
    expect(element(page.html, 'title', '')).toMatch(/^Gwall: /);
    const summary = element(page.html, 'div', 'data-error-summary') ?? '';
    expect(textOf(summary)).toContain('Mae problem');
    expect(hrefs(summary)).toEqual(['#role', '#publish', '#consent']);
    expect(textOf(summary)).toContain('Rhowch eich teitl neu eich rôl');
    expect(textOf(summary)).toContain("Dewiswch faint o'ch llythyr y cawn ei gyhoeddi");
    for (const id of ['role', 'publish', 'consent']) expect(page.html).toContain(`id="${id}"`);
    expect(fieldValue(page.html, 'author_name')).toBe('Siân Ŵyn');
    // A form sends line ends as CRLF, and a browser reads them back as LF.
    expect(fieldValue(page.html, 'body')?.replace(/\r\n/g, '\n')).toBe('Annwyl Weinidog,\n\nRwy’n cefnogi’r llythyr.');
    expect(fieldValue(page.html, 'extract')).toBe(fields['extract']);
    expect(fieldValue(page.html, 'country')).toBe('GB-WLS');
    expect(fieldValue(page.html, 'email')).toBe(fields['email']);
    expect(textOf(page.html)).toContain('dewiswch eich PDF eto');
    expect(tags(page.html, 'form').find((f) => f.method === 'post')?.action).toBe(`/cy${newPath}`);
  });

  it('names a PDF that would run a script, beside the other fields', async () => {
    const page = await send(`/cy${newPath}`, anAuthor({ email: 'script@example.org' }), await aPdfWithJavaScript());
    expect(page.status).toBe(422);
    expect(hrefs(element(page.html, 'div', 'data-error-summary') ?? '')).toEqual(['#pdf']);
    expect(textOf(page.html)).toContain("Mae'r PDF yn cynnwys sgriptiau");
    expect(fieldValue(page.html, 'publish')).toBe('full');
    expect(fieldValue(page.html, 'consent')).toBe('yes');
  });

  it('from a Welsh author, mails a Welsh link that lands on the Welsh thank-you page', async () => {
    expect((await send(`/cy${newPath}`, anAuthor({ email: 'athro@prifysgol.cymru' }))).location).toBe(`/cy${supportPage}/sent`);
    const link = pathOf(linkIn(await site.mailTo('athro@prifysgol.cymru'), 'support/confirm'));
    expect(link).toMatch(/^\/cy\/support\/confirm\//);
    const page = await site.get(link);
    expect(textOf(page.html)).toContain('Cadarnhau fy llythyr cefnogaeth');
    const confirmed = await site.post(link);
    expect(confirmed.location).toBe(`/cy${supportPage}/confirmed`);
    expect(textOf((await site.get(confirmed.location ?? '')).html)).toContain('Diolch am eich llythyr cefnogaeth');
  });
});

describe('the letters of support page', () => {
  it('speaks Welsh under /cy/, with country names in Welsh', async () => {
    const page = await site.get(`/cy${supportPage}`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Llythyrau cefnogaeth');
    expect(textOf(page.html)).toContain('Yr Unol Daleithiau');
    expect(hrefs(page.html)).toContain(`/cy${newPath}`);
  });

  it('has a clear empty state, and no way to send one, for a closed letter', async () => {
    const page = await site.get(`/letters/${closedLetter}/support`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('No letters of support have been published yet.');
    expect(hrefs(page.html)).not.toContain(`/letters/${closedLetter}/support/new`);
    const letter = await site.get(`/letters/${closedLetter}`);
    expect(hrefs(element(letter.html, 'section', 'data-support-count=') ?? '')).toEqual([]);
  });

  it('answers 404 for a letter that does not exist', async () => {
    for (const path of ['/letters/no-such-letter/support', '/letters/no-such-letter/support/new', '/cy/letters/no-such-letter/support/sent']) {
      expect((await site.get(path)).status).toBe(404);
    }
  });
});

describe('a closed letter', () => {
  it('shows the closed notice instead of the form, and refuses a post (409) without keeping anything', async () => {
    const page = await site.get(`/letters/${closedLetter}/support/new`);
    expect(textOf(page.html)).toContain('This letter is not collecting letters of support');
    expect(tags(page.html, 'form').filter((f) => f.method === 'post')).toHaveLength(0);

    const posted = await send(`/letters/${closedLetter}/support/new`, anAuthor({ email: 'late@example.org' }));
    expect(posted.status).toBe(409);
    expect(textOf(posted.html)).toContain('closed on');
    expect(await (await database()).selectFrom('support_letters').select('id').where('email', '=', 'late@example.org').execute()).toEqual([]);
  });
});

describe('a letter of support link that does not work', () => {
  it('says so, with no button, and changes nothing', async () => {
    const page = await site.get(`/support/confirm/${'A'.repeat(43)}`);
    expect(page.status).toBe(404);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(textOf(page.html)).toContain('This link is not valid');
    expect(tags(page.html, 'form')).toHaveLength(0);
    expect((await site.post('/support/confirm/not-a-token')).status).toBe(404);
  });
});
