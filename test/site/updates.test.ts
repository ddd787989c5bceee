import { describe, expect, it } from 'vitest';
import { type CaughtMail, linkIn, tokenIn } from '../helpers/smtp.ts';
import { element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });

const words = {
  letter: openLetter,
  title_en: 'We delivered the letter',
  body_en: 'We handed it to the First Minister.\n\nThank you for signing.',
  title_cy: "Rydym wedi cyflwyno'r llythyr",
  body_cy: "Rhoesom ef i'r Prif Weinidog.\n\nDiolch am lofnodi.",
};

/** A verified signer who asked for updates, signing in a language. */
async function signer(email: string, lang: 'en' | 'cy') {
  const before = site.mailCount(email);
  const res = await fetch(`${site.origin}/api/letters/${openLetter}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify({ name: `Signer ${lang}`, email, kind: 'individual', country: 'GB-WLS', show_name: true, updates: true, consent: true }),
  });
  expect(res.status).toBe(202);
  const token = tokenIn(await site.nextMailTo(email, before), 'confirm');
  const confirmed = await fetch(`${site.origin}/api/signatures/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  expect(confirmed.status).toBe(200);
}

/** Writes an update through the workspace page; returns its page's path. */
async function writeUpdate(cookie: string, fields = words): Promise<string> {
  const saved = await site.post('/admin/updates', fields, undefined, { cookie });
  expect(saved.status).toBe(303);
  expect(saved.location).toMatch(/^\/admin\/updates\/\d+\?done=saved$/);
  return saved.location!.split('?')[0]!;
}

const header = (m: CaughtMail, key: string) => (m.headerLines.find((l) => l.key === key)?.line ?? '').replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ').trim();

describe('a campaigner sends an update and a signer unsubscribes', () => {
  it('writes, previews, tests, sends; the signers get it in their language; one click stops the next', async () => {
    await signer('ann@example.org', 'en');
    await signer('nia@example.cymru', 'cy');
    const cookie = await site.signInAs(campaigner);

    const list = await site.get('/admin/updates', { cookie });
    expect(list.status).toBe(200);
    expect(tags(list.html, 'a').map((a) => a.href)).toContain('/admin/updates');

    const refused = await site.post('/admin/updates', { ...words, title_cy: '', body_en: '' }, undefined, { cookie });
    expect(refused.status).toBe(422);
    expect(textOf(element(refused.html, 'div', 'data-error-summary') ?? '')).toContain('Enter a title');
    expect(refused.html).toContain('We delivered the letter');

    const path = await writeUpdate(cookie);
    const page = await site.get(`${path}?done=saved`, { cookie });
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('2 signers asked for updates');
    expect(textOf(element(page.html, 'section', 'data-preview-mail="en"') ?? '')).toContain('Thank you for signing.');
    expect(textOf(element(page.html, 'section', 'data-preview-mail="cy"') ?? '')).toContain('Diolch am lofnodi.');
    expect(textOf(element(page.html, 'section', 'data-preview-page="cy"') ?? '')).toContain("Rydym wedi cyflwyno'r llythyr");
    // Not on the letter page until sent.
    expect(textOf((await site.get(`/letters/${openLetter}`)).html)).not.toContain('We delivered the letter');

    const before = site.mailCount(campaigner);
    const tested = await site.post(path, { action: 'test' }, undefined, { cookie });
    expect([tested.status, tested.location]).toEqual([303, `${path}?done=tested`]);
    const test = await site.nextMailTo(campaigner, before);
    expect(test.subject).toBe('[Test] We delivered the letter');
    expect(site.mailCount('ann@example.org')).toBe(1);

    const sent = await site.post(path, { action: 'send' }, undefined, { cookie });
    expect([sent.status, sent.location]).toEqual([303, `${path}?done=sent`]);
    // A second press mails nobody twice.
    await site.post(path, { action: 'send' }, undefined, { cookie });
    const ann = await site.nextMailTo('ann@example.org', 1);
    const nia = await site.nextMailTo('nia@example.cymru', 1);
    expect(ann.subject).toMatch(/^We delivered the letter – /);
    expect(nia.subject).toMatch(/^Rydym wedi cyflwyno'r llythyr – /);
    expect(nia.text).toContain(`/cy/letters/${openLetter}`);
    expect(header(ann, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const annLink = /^<([^>]+)>$/.exec(header(ann, 'list-unsubscribe'))?.[1] ?? '';
    expect(annLink).toBe(linkIn(ann, 'unsubscribe'));
    expect(pathOf(annLink)).toMatch(/^\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    const niaLink = /^<([^>]+)>$/.exec(header(nia, 'list-unsubscribe'))?.[1] ?? '';
    expect(pathOf(niaLink)).toMatch(/^\/cy\/unsubscribe\/[A-Za-z0-9_-]{43}$/);

    // Published on the letter page, in each language.
    const en = textOf(element((await site.get(`/letters/${openLetter}`)).html, 'section', 'id="updates"') ?? '');
    expect(en).toContain('Updates');
    expect(en).toContain('We delivered the letter');
    expect(en).toContain('Sent on');
    const cy = textOf(element((await site.get(`/cy/letters/${openLetter}`)).html, 'section', 'id="updates"') ?? '');
    expect(cy).toContain('Diweddariadau');
    expect(cy).toContain("Rydym wedi cyflwyno'r llythyr");
    expect(cy).toContain('Anfonwyd ar');

    // Opening the link changes nothing: the page has one button.
    for (let i = 0; i < 2; i++) {
      const look = await site.get(pathOf(annLink));
      expect(look.status).toBe(200);
      expect(look.headers.get('cache-control')).toContain('no-store');
      expect(tags(look.html, 'button').filter((b) => b.type === 'submit')).toHaveLength(1);
    }
    const welsh = await site.get(pathOf(niaLink));
    expect(welsh.status).toBe(200);
    expect(textOf(welsh.html)).toContain('Atal diweddariadau');

    // The mail client's one-click POST: no Origin, the RFC 8058 body. It takes effect at once.
    const oneClick = await fetch(annLink.replace(/^https?:\/\/[^/]+/, site.origin), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('data-unsubscribed');
    // Any other form post without an Origin is still refused.
    const elsewhere = await fetch(`${site.origin}/withdraw/${'x'.repeat(43)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(elsewhere.status).toBe(403);

    // A later update skips them, and reaches the Welsh signer.
    const second = await writeUpdate(cookie, { ...words, title_en: 'The reply came', title_cy: "Daeth yr ateb" });
    expect(textOf((await site.get(second, { cookie })).html)).toContain('1 signer asked for updates');
    await site.post(second, { action: 'send' }, undefined, { cookie });
    expect((await site.nextMailTo('nia@example.cymru', 2)).subject).toMatch(/^Daeth yr ateb/);
    await new Promise((r) => setTimeout(r, 1000));
    expect(site.mailCount('ann@example.org')).toBe(2);

    // The link still works (pressing again says the same).
    expect((await site.post(pathOf(annLink))).status).toBe(200);
  }, 30_000);

  it('a bad unsubscribe link is a 404 page in either language', async () => {
    for (const lang of ['', '/cy']) {
      for (const token of ['x'.repeat(43), 'short']) {
        const res = await site.get(`${lang}/unsubscribe/${token}`);
        expect([lang, token, res.status]).toEqual([lang, token, 404]);
        expect(tags(res.html, 'html')[0]?.lang).toBe(lang ? 'cy' : 'en');
      }
      const posted = await fetch(`${site.origin}${lang}/unsubscribe/${'y'.repeat(43)}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(posted.status).toBe(404);
    }
  });
});
