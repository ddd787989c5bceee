import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkIn, tokenIn } from '../helpers/smtp.ts';
import { aSigner, fieldValue, openLetter, pathOf, siteUnderTest, textOf } from './browser.ts';

const coordinator = 'cydlynydd@rhwydwaith.cymru';
const site = siteUnderTest({ NETWORK_COORDINATORS: coordinator, ADMIN_EMAILS: 'gwen@ymgyrch.cymru' });

/** The join form as a browser without JavaScript sends it: boxes ticked several times under one name. */
function joinForm(fields: Record<string, string>, lists: Record<string, string[]> = {}) {
  const form = new URLSearchParams({ name: 'Gwenllian Rhys', area: 'W06000015', principles: 'yes', consent: 'yes', shown_at: '0', ...fields });
  for (const [name, values] of Object.entries(lists)) for (const value of values) form.append(name, value);
  return form;
}

const postJoin = (form: URLSearchParams, prefix = '', cookie = '') =>
  fetch(new URL(`${prefix}/network/join`, site.origin), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: site.origin, ...(cookie ? { cookie } : {}) },
    body: form.toString(),
  });

/**
 * Every workspace page about letters, read from the pages folder itself (a page added later is
 * walked too), as an address: a parameter becomes the open letter or 1.
 */
function letterPages(): string[] {
  const root = path.join('site', 'pages', '[...locale]', 'admin');
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.astro'));
  return files
    .map((f) => `/admin/${f.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`.replace(/\/$/, ''))
    .filter((p) => !/^\/admin\/(network|sign-in|sign-out)(\/|$)/.test(p))
    .map((p) => p.replace('[slug]', openLetter).replace(/\[[^\]]+\]/g, '1'));
}

describe('the network page', () => {
  it('says what the network is, how many belong, and leads to the directory and to joining, in both languages', async () => {
    const en = await site.get('/network');
    expect(en.status).toBe(200);
    expect(textOf(en.html)).toContain('independent, member-led Co-production Network for Wales');
    expect(textOf(en.html)).toContain('0 organisations and 0 individuals belong to the network.');
    expect(en.html).toContain('href="/network/directory"');
    expect(en.html).toContain('href="/network/join"');
    const cy = await site.get('/cy/network');
    expect(textOf(cy.html)).toContain('Rwydwaith Cyd-gynhyrchu annibynnol i Gymru');
    expect(cy.html).toContain('href="/cy/network/join"');
  });
});

describe('joining without JavaScript', () => {
  it('posts, is sent to check their email, confirms from the mail (GET shows a button, POST acts) and waits for a coordinator', async () => {
    const res = await postJoin(joinForm({ email: 'gwenllian@example.cymru' }, { practices: ['health', 'research'], shown: ['name'] }), '/cy');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/cy/network/join/sent');
    const link = linkIn(await site.mailTo('gwenllian@example.cymru'), 'network/confirm');
    expect(pathOf(link)).toMatch(/^\/cy\/network\/confirm\//);
    const page = await site.get(pathOf(link));
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(textOf(page.html)).toContain('Cadarnhau fy nghais');
    const confirmed = await site.post(pathOf(link));
    expect([confirmed.status, confirmed.location]).toEqual([303, '/cy/network/confirmed']);
    expect((await site.post(pathOf(link))).status).toBe(409);
  });

  it('comes back with every problem named and what was typed kept (422)', async () => {
    const res = await postJoin(joinForm({ email: 'not an address', name: 'Typed Name', principles: '', consent: '', area: '' }, { practices: ['health'] }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('data-error-summary');
    expect(textOf(html)).toContain('Tick the box to agree to the network’s principles');
    expect(textOf(html)).toContain('Choose the area where you work');
    expect(fieldValue(html, 'name')).toBe('Typed Name');
    expect(html).toMatch(/<input[^>]*name="practices"[^>]*value="health"[^>]*checked/);
  });

  it('keeps nothing a bot sent (the hidden field filled in), while answering it as anyone', async () => {
    const bot = await postJoin(joinForm({ email: 'bot@example.net', homepage: 'https://spam.example' }));
    expect([bot.status, bot.headers.get('location')]).toEqual([303, '/network/join/sent']);
    // A person's application after it is mailed; the bot's never is (the outbox is sent in order).
    await postJoin(joinForm({ email: 'person-after-bot@example.cymru' }));
    await site.mailTo('person-after-bot@example.cymru');
    expect(site.mailCount('bot@example.net')).toBe(0);
  });

  it('answers an address that already applied exactly as a new one', async () => {
    const form = joinForm({ email: 'twice@example.cymru' });
    const first = await postJoin(form);
    const second = await postJoin(form);
    expect([second.status, second.headers.get('location')]).toEqual([first.status, first.headers.get('location')]);
  });
});

describe('the offer to join on the thank-you page', () => {
  it('fills in the join form with what the signer typed, carried in an HttpOnly cookie, never in the address', async () => {
    await site.post(`/letters/${openLetter}`, aSigner({ name: 'Owain Glyn', email: 'owain@example.cymru', role: 'Carer', area: 'W06000008' }));
    const confirmed = await site.post(`/confirm/${tokenIn(await site.mailTo('owain@example.cymru'), 'confirm')}`);
    expect(confirmed.location).toBe(`/letters/${openLetter}/thank-you`);
    const cookie = confirmed.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^llofnod_join=[^;]+;.*HttpOnly/i);
    expect(cookie).not.toContain('owain@');
    const thanks = await site.get(confirmed.location!);
    expect(thanks.html).toContain('href="/network/join"');
    const prefilled = await site.get('/network/join', { cookie: cookie.split(';')[0]! });
    expect(prefilled.headers.get('cache-control')).toBe('no-store');
    expect(fieldValue(prefilled.html, 'name')).toBe('Owain Glyn');
    expect(fieldValue(prefilled.html, 'role')).toBe('Carer');
    expect(fieldValue(prefilled.html, 'email') ?? '').toBe('');
    expect(prefilled.html).not.toMatch(/name="shown"[^>]*checked/);
    expect(fieldValue((await site.get('/network/join')).html, 'name') ?? '').toBe('');
    // A cookie made up or changed by hand fills in nothing.
    expect(fieldValue((await site.get('/network/join', { cookie: 'llofnod_join=eyJuYW1lIjoiWCJ9.forged' })).html, 'name') ?? '').toBe('');
  });
});

describe('a network coordinator in the workspace pages', () => {
  it('reaches the applications and the board’s reported posts, with a workspace bar offering nothing else', async () => {
    const cookie = await site.signInAs(coordinator);
    const page = await site.get('/admin/network', { cookie });
    expect(page.status).toBe(200);
    const bar = page.html.match(/<div class="workspace-bar"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(bar.match(/<a /g)).toHaveLength(2);
    expect(bar).toContain('href="/admin/network"');
    expect(bar).toContain('href="/admin/network/board"');
  });

  it('is refused every letter page (403, a page saying so), which a signed-out browser is sent to sign in from', async () => {
    const pages = letterPages();
    expect(pages).toContain('/admin/queue');
    expect(pages).toContain(`/admin/letters/${openLetter}/review`);
    const cookie = await site.signInAs(coordinator, '/cy');
    for (const prefix of ['', '/cy']) {
      for (const p of pages) {
        const signedOut = await site.get(`${prefix}${p}`);
        expect([p, signedOut.status, signedOut.location]).toEqual([p, 303, `${prefix}/admin/sign-in`]);
        const refused = await site.get(`${prefix}${p}`, { cookie });
        expect([`${prefix}${p}`, refused.status]).toEqual([`${prefix}${p}`, 403]);
        expect(textOf(refused.html)).toContain(prefix ? 'Nid ar gyfer cydlynwyr y rhwydwaith' : 'Not for network coordinators');
      }
    }
    const posted = await site.post('/admin/people', { decision: 'find', email: 'owain@example.cymru' }, site.origin, { cookie });
    expect(posted.status).toBe(403);
    expect(posted.html).not.toContain('Owain');
    const signedOut = await site.post('/cy/admin/sign-out', {}, site.origin, { cookie });
    expect([signedOut.status, signedOut.location]).toEqual([303, '/cy/admin/sign-in']);
    expect((await site.get('/cy/admin/network', { cookie })).status).toBe(303);
  });
});

describe('a campaigner’s data request', () => {
  it('finds a person’s network membership by their address and erases it, with a reason', async () => {
    await postJoin(joinForm({ email: 'erase-me@example.cymru', name: 'Rhodri Erase' }));
    await site.mailTo('erase-me@example.cymru');
    const cookie = await site.signInAs('gwen@ymgyrch.cymru');
    const found = await site.post('/admin/people', { decision: 'find', email: 'Erase-Me@example.cymru' }, site.origin, { cookie });
    expect(textOf(found.html)).toContain('Rhodri Erase');
    const id = /data-member="(\d+)"/.exec(found.html)?.[1];
    const erased = await site.post('/admin/people', { decision: 'erase_member', email: 'erase-me@example.cymru', id: id ?? '', reason: 'Asked by phone' }, site.origin, { cookie });
    expect(erased.html).toContain('data-done="member-erased"');
    expect(textOf(erased.html)).not.toContain('Rhodri Erase');
  });
});
