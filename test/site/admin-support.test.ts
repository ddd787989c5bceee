import { describe, expect, it } from 'vitest';
import { aPdf } from '../helpers/pdf.ts';
import { tokenIn } from '../helpers/smtp.ts';
import { aSupportLetter } from '../helpers/support.ts';
import { element, fieldValue, openLetter, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });

/** An expert sends a letter of support with a PDF through the API and confirms it from the mail: it waits for a campaigner. */
async function waitingLetter(overrides: Record<string, unknown>, pdf?: Uint8Array): Promise<string> {
  const fields = aSupportLetter(overrides);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  if (pdf) form.set('pdf', new File([Buffer.from(pdf)], 'letter.pdf', { type: 'application/pdf' }));
  const before = site.mailCount(fields.email);
  const sent = await fetch(`${site.origin}/api/letters/${openLetter}/support`, { method: 'POST', body: form, headers: { origin: site.origin } });
  expect(sent.status).toBe(202);
  const token = tokenIn(await site.nextMailTo(fields.email, before), 'support/confirm');
  const confirmed = await fetch(`${site.origin}/api/support/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  expect(confirmed.status).toBe(200);
  return fields.email;
}

/** The workspace's entry for a letter of support, by its author. */
async function entryOf(cookie: string, author: string, lang: '' | '/cy' = '') {
  const page = await site.get(`${lang}/admin/support`, { cookie });
  expect(page.status).toBe(200);
  for (const { 'data-support': id } of tags(page.html, 'section')) {
    const html = id ? element(page.html, 'section', `data-support="${id}"`) : undefined;
    if (html?.includes(author)) return { id: id!, html, page };
  }
  throw new Error(`${author} is not in the workspace`);
}

const published = async () => ((await site.json(`/api/letters/${openLetter}/support`)) as { items: Record<string, unknown>[] }).items;

describe('a campaigner reads and publishes letters of support', () => {
  it('sees the whole letter, the email’s domain (never the address) and can download the PDF', async () => {
    const pdf = await aPdf('Signed: Professor Anna Kowalski');
    await waitingLetter({ author_name: 'Professor Anna Kowalski', email: 'anna.k@uni.example.edu' }, pdf);
    const cookie = await site.signInAs(campaigner);
    const { id, html, page } = await entryOf(cookie, 'Professor Anna Kowalski');
    expect(textOf(html)).toContain('uni.example.edu');
    expect(page.html).not.toContain('anna.k@');
    expect(textOf(html)).toContain('I write in support of this letter.');
    expect(fieldValue(html, 'extract')).toBe('Co-production works when it is funded.');

    const link = tags(html, 'a').find((a) => a.href?.endsWith('/letter.pdf'))!.href!;
    const download = await fetch(`${site.origin}${link}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="letter-of-support-${id}.pdf"`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect((await fetch(`${site.origin}${link}`)).status).toBe(401);

    const home = await site.get('/admin', { cookie });
    expect(Number(tags(home.html, 'li').find((li) => 'data-support-queue' in li)?.['data-support-queue'])).toBeGreaterThanOrEqual(1);
  });

  it('publishes with a shortened extract, as notable; the author is told and the public sees it first', async () => {
    const email = await waitingLetter({ author_name: 'Dr Rhys Ifans', email: 'rhys@coleg.example.ac.uk' });
    const cookie = await site.signInAs(campaigner);
    const { id } = await entryOf(cookie, 'Dr Rhys Ifans');

    const empty = await site.post('/admin/support', { id, decision: 'publish', extract: ' ' }, undefined, { cookie });
    expect(empty.status).toBe(422);
    expect(textOf(element(empty.html, 'div', 'class="error-summary"') ?? '')).toContain('Enter a short extract from your letter');

    const before = site.mailCount(email);
    const done = await site.post('/admin/support', { id, decision: 'publish', extract: 'Co-production works.', notable: 'yes' }, undefined, { cookie });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/admin/support?done=published');
    expect((await site.nextMailTo(email, before)).subject).toMatch(/^Your letter of support has been accepted/);
    expect((await published())[0]).toMatchObject({ author_name: 'Dr Rhys Ifans', extract: 'Co-production works.', notable: true });

    const again = await site.post('/admin/support', { id, decision: 'publish', extract: 'x' }, undefined, { cookie });
    expect(again.location).toBe('/admin/support?done=gone');
  });

  it('rejects only with a reason, in Welsh for a Welsh campaigner', async () => {
    await waitingLetter({ author_name: 'Awdur Gwrthodedig', email: 'awdur@example.cymru' });
    const cookie = await site.signInAs(campaigner, '/cy');
    const { id, page } = await entryOf(cookie, 'Awdur Gwrthodedig', '/cy');
    expect(textOf(page.html)).toContain('Yn aros am benderfyniad');

    const missing = await site.post('/cy/admin/support', { id, decision: 'reject', reason: '' }, undefined, { cookie });
    expect(missing.status).toBe(422);
    expect(textOf(missing.html)).toContain('Rhowch y rheswm dros wrthod y llythyr cefnogaeth hwn');

    const rejected = await site.post('/cy/admin/support', { id, decision: 'reject', reason: 'Nid yw’n ymwneud â’r llythyr.' }, undefined, { cookie });
    expect(rejected.location).toBe('/cy/admin/support?done=rejected');
    expect((await published()).map((i) => i['author_name'])).not.toContain('Awdur Gwrthodedig');
  });

  it('answers a signed-out visitor with the sign-in page, and a forged form with 400', async () => {
    const signedOut = await site.get('/admin/support');
    expect(signedOut.status).toBe(303);
    const cookie = await site.signInAs(campaigner);
    expect((await site.post('/admin/support', { id: 'x', decision: 'publish' }, undefined, { cookie })).status).toBe(400);
  });
});
