import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, hrefs, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const page = `/admin/letters/${openLetter}`;
const letterPage = `/letters/${openLetter}`;

const figure = (html: string, key: string) => Number(textOf(element(html, 'div', `data-figure="${key}"`) ?? '').replace(/\D+/g, ''));
const figures = async (cookie: string) => {
  const { html } = await site.get(page, { cookie });
  const [verified, organisations, individuals, pending, withdrawn] = ['verified', 'organisations', 'individuals', 'pending', 'withdrawn'].map((k) => figure(html, k));
  return { verified, organisations, individuals, pending, withdrawn } as Record<'verified' | 'organisations' | 'individuals' | 'pending' | 'withdrawn', number>;
};
const act = (cookie: string, action: string, lang = '') => site.post(`${lang}${page}`, { action }, undefined, { cookie });

/** Signs on the page and returns the confirm and withdraw paths its mail carried. */
async function signed(email: string) {
  const before = site.mailCount(email);
  expect((await site.post(letterPage, aSigner({ email }))).status).toBe(303);
  const mail = await site.nextMailTo(email, before);
  return { confirm: pathOf(linkIn(mail, 'confirm')), withdraw: pathOf(linkIn(mail, 'withdraw')) };
}

describe('a letter in the workspace', () => {
  it('is linked from the workspace home, and shows live figures and signatures per day that agree with what happened', async () => {
    const cookie = await site.signInAs(campaigner);
    expect(hrefs((await site.get('/admin', { cookie })).html)).toContain(page);
    const start = await figures(cookie);

    const a = await signed('figures-a@example.cymru');
    const b = await signed('figures-b@example.cymru');
    await signed('figures-c@example.cymru');
    expect(await figures(cookie)).toEqual({ ...start, pending: start.pending + 3 });
    expect((await site.post(a.confirm)).status).toBe(303);
    expect((await site.post(b.confirm)).status).toBe(303);
    expect(await figures(cookie)).toEqual({ ...start, verified: start.verified + 2, individuals: start.individuals + 2, pending: start.pending + 1 });
    expect((await site.post(b.withdraw)).status).toBe(303);
    const now = await figures(cookie);
    expect(now).toEqual({ ...start, verified: start.verified + 1, individuals: start.individuals + 1, pending: start.pending + 1, withdrawn: start.withdrawn + 1 });
    expect(now.verified).toBe(((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts.total);

    const { html, headers } = await site.get(page, { cookie });
    expect(headers.get('cache-control')).toContain('no-store');
    const svg = tags(html, 'svg')[0];
    expect(svg).toMatchObject({ role: 'img', 'aria-labelledby': 'daily-title daily-desc' });
    expect(textOf(element(html, 'title', 'id="daily-title"') ?? '')).toBe('Counted signatures per day');
    expect(textOf(element(html, 'desc', 'id="daily-desc"') ?? '')).toContain(`${now.verified} signature`);
    // The bars and the table are the same series, and add up to the count.
    const bars = tags(html, 'rect').map((r) => Number(r['data-n']));
    const table = element(html, 'table', 'data-daily') ?? '';
    const rows = tags(table, 'tr').filter((r) => r['data-date']).length;
    expect(bars.reduce((s, n) => s + n, 0)).toBe(now.verified);
    expect(rows).toBe(bars.length);
    expect(textOf(element(html, 'summary', '') ?? '')).toBe('The same figures as a table');
  });

  it('closes signing early and reopens it: the public page, the API and the audit log follow', async () => {
    const cookie = await site.signInAs(campaigner);
    const closed = await act(cookie, 'close');
    expect([closed.status, closed.location]).toEqual([303, `${page}?done=closed`]);
    const done = await site.get(`${page}?done=closed`, { cookie });
    expect(element(done.html, 'div', 'data-done="closed"')).toContain('Signing on this letter is closed.');
    expect(textOf(done.html)).toContain(`Closed early by ${campaigner}`);

    const letter = await site.get(letterPage);
    expect(tags(letter.html, 'form').some((f) => f.action === letterPage)).toBe(false);
    expect(textOf(letter.html)).toContain('no longer collecting signatures');
    const refused = await site.post(letterPage, aSigner({ email: 'too-late@example.cymru' }));
    expect(refused.status).toBe(409);
    expect((await site.post(`${letterPage}/support/new`, {})).status).toBe(409);
    expect(await site.json(`/api/letters/${openLetter}`)).toMatchObject({ status: 'closed', closed_early: true });
    expect(element((await site.get('/admin/audit', { cookie })).html, 'tr', 'data-action="letter.closed_early"')).toContain('Closed signing on a letter early');

    const reopened = await act(cookie, 'reopen');
    expect(reopened.location).toBe(`${page}?done=reopened`);
    expect(await site.json(`/api/letters/${openLetter}`)).toMatchObject({ status: 'open', closed_early: false });
    expect((await site.post(letterPage, aSigner({ email: 'back-again@example.cymru' }))).status).toBe(303);
    expect(element((await site.get('/admin/audit', { cookie })).html, 'tr', 'data-action="letter.reopened"')).toBeDefined();
  });

  it('pauses the whole site: no signing or confirming, a notice in both languages; the confirm link still shows a page and works afterwards', async () => {
    const cookie = await site.signInAs(campaigner);
    const waiting = await signed('paused-signer@example.cymru');
    expect((await act(cookie, 'pause', '/cy')).location).toBe(`/cy${page}?done=paused`);
    try {
      for (const [lang, words] of [['', 'Signing is paused for a short while'], ['/cy', "Mae llofnodi wedi'i oedi am ychydig"]] as const) {
        const letter = await site.get(`${lang}${letterPage}`);
        expect(textOf(element(letter.html, 'div', 'data-paused') ?? '')).toContain(words);
        expect(tags(letter.html, 'input').some((i) => i.name === 'email')).toBe(false);
        const tried = await site.post(`${lang}${letterPage}`, aSigner({ email: `paused${lang.length}@example.cymru` }));
        expect(tried.status).toBe(503);
        expect(textOf(tried.html)).toContain(words);
        const support = await site.post(`${lang}${letterPage}/support/new`, {});
        expect(support.status).toBe(503);
      }
      const confirmPage = await site.get(waiting.confirm);
      expect(confirmPage.status).toBe(200);
      expect(textOf(confirmPage.html)).toContain('Your link still works');
      expect(tags(confirmPage.html, 'button')).toHaveLength(0);
      const pressed = await site.post(waiting.confirm);
      expect(pressed.status).toBe(503);
      expect(textOf(pressed.html)).toContain('Signing is paused for a short while');
      const api = await fetch(`${site.origin}/api/letters/${openLetter}/signatures`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...aSigner({ email: 'api@example.cymru' }), consent: true }),
      });
      expect(api.status).toBe(503);
      expect(await api.json()).toMatchObject({ error: { code: 'paused' } });
      const admin = await site.get(page, { cookie });
      expect(textOf(admin.html)).toContain(`The site is paused`);
    } finally {
      expect((await act(cookie, 'unpause')).location).toBe(`${page}?done=unpaused`);
    }
    expect(textOf((await site.get(letterPage)).html)).not.toContain('Signing is paused');
    expect((await site.post(waiting.confirm)).status).toBe(303);
    const audit = (await site.get('/admin/audit', { cookie })).html;
    expect(tags(audit, 'tr').map((r) => r['data-action']).filter((a) => a?.startsWith('site.'))).toEqual(['site.unpaused', 'site.paused']);
  });

  it('is in Welsh under /cy, and a letter that does not exist is not found', async () => {
    const cookie = await site.signInAs(campaigner, '/cy');
    const welsh = await site.get(`/cy${page}`, { cookie });
    expect(welsh.status).toBe(200);
    expect(welsh.html).toContain('<html lang="cy"');
    expect(textOf(welsh.html)).toContain('Llofnodion y dydd');
    expect((await site.get('/admin/letters/no-such-letter', { cookie })).status).toBe(404);
    expect((await site.post(page, { action: 'nonsense' }, undefined, { cookie })).status).toBe(400);
  });
});
