import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { type Site, element, openLetter, openLetterTitle, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: 'Gwen@Ymgyrch.Cymru, dafydd@ymgyrch.cymru' });

const signInLink = async (s: Site, email: string, after: number) => pathOf(linkIn(await s.nextMailTo(email, after), 'admin/sign-in'));
const signInAs = (email: string, lang: '' | '/cy' = '') => site.signInAs(email, lang);

const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie') ?? '';

describe('a campaigner signs in to the workspace', () => {
  it('asks for a link, opens it (nothing happens), presses Sign in and lands in the workspace', async () => {
    const form = await site.get('/admin/sign-in');
    expect(form.status).toBe(200);
    expect(tags(form.html, 'input').map((i) => i.name)).toEqual(['email']);

    const before = site.inbox.length;
    const asked = await site.post('/admin/sign-in', { email: 'GWEN@ymgyrch.cymru' });
    expect(asked.status).toBe(303);
    expect(asked.location).toBe('/admin/sign-in/sent');
    const link = await signInLink(site, campaigner, 0);
    expect(site.inbox.length).toBe(before + 1);

    const page = await site.get(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(cookieOf(page)).toBe('');
    expect(tags(page.html, 'button')).toHaveLength(1);
    expect(element(page.html, 'button', 'type="submit"')?.trim()).toBe('Sign in');
    expect((await site.get(link)).status).toBe(200);

    const signedIn = await site.post(link);
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/admin');
    const cookie = cookieOf(signedIn);
    expect(cookie).toMatch(/^llofnod_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).toMatch(/; Max-Age=43200/i);
    // The test server is served over http; over https the cookie is Secure (test/api/admin).
    expect(cookie).not.toMatch(/; Secure/i);

    const home = await site.get('/admin', { cookie: cookie.split(';')[0] ?? '' });
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toContain('no-store');
    const text = textOf(home.html);
    expect(text).toContain(`Signed in as ${campaigner}`);
    expect(text).toContain(openLetterTitle);
    expect(tags(home.html, 'form').map((f) => f.action)).toContain('/admin/sign-out');

    const again = await site.post(link);
    expect(again.status).toBe(409);
    expect(textOf(again.html)).toContain('This sign-in link has already been used');
    expect(cookieOf(again)).toBe('');
  });

  it('answers an address that may not sign in exactly as one that may, and mails nothing to it', async () => {
    const stranger = await site.post('/admin/sign-in', { email: 'someone@example.org' });
    const before = site.inbox.filter((m) => m.to_address === 'dafydd@ymgyrch.cymru').length;
    const admin = await site.post('/admin/sign-in', { email: 'dafydd@ymgyrch.cymru' });
    expect([stranger.status, stranger.location, stranger.html]).toEqual([admin.status, admin.location, admin.html]);
    await signInLink(site, 'dafydd@ymgyrch.cymru', before);
    expect(site.inbox.some((m) => m.to_address === 'someone@example.org')).toBe(false);
  });

  it('refuses a malformed address with a clear message and keeps what was typed', async () => {
    const res = await site.post('/admin/sign-in', { email: 'gwen.ymgyrch.cymru' });
    expect(res.status).toBe(422);
    expect(textOf(res.html)).toContain('Enter an email address in the correct format');
    expect(tags(res.html, 'input').find((i) => i.name === 'email')?.value).toBe('gwen.ymgyrch.cymru');
  });

  it('refuses a sign-in form posted from another site, and mails nothing', async () => {
    const before = site.inbox.length;
    const res = await site.post('/admin/sign-in', { email: campaigner }, 'https://evil.example');
    expect(res.status).toBe(403);
    await new Promise((r) => setTimeout(r, 1200));
    expect(site.inbox.length).toBe(before);
  });

  it('works in Welsh: the form, the mail, the link and the workspace', async () => {
    const form = await site.get('/cy/admin/sign-in');
    expect(form.html).toContain('<html lang="cy"');
    const before = site.inbox.filter((m) => m.to_address === campaigner).length;
    const asked = await site.post('/cy/admin/sign-in', { email: campaigner });
    expect(asked.location).toBe('/cy/admin/sign-in/sent');
    const link = await signInLink(site, campaigner, before);
    expect(link).toMatch(/^\/cy\/admin\/sign-in\//);
    expect(site.inbox.at(-1)?.subject).toBe('Eich dolen i fewngofnodi i Llofnod');
    const signedIn = await site.post(link);
    expect(signedIn.location).toBe('/cy/admin');
    const home = await site.get('/cy/admin', { cookie: cookieOf(signedIn).split(';')[0] ?? '' });
    expect(textOf(home.html)).toContain(`Wedi mewngofnodi fel ${campaigner}`);
  });
});

describe('the workspace home', () => {
  it('shows each letter’s live figures: counted, waiting for confirmation, withdrawn', async () => {
    const cookie = await signInAs(campaigner);
    const figures = async () => {
      const html = (await site.get('/admin', { cookie })).html;
      const row = element(html, 'tr', `data-letter="${openLetter}"`) ?? '';
      const read = (k: string) => Number(textOf(element(row, 'td', `data-figure="${k}"`) ?? ''));
      return { pending: read('pending'), counted: read('counted') };
    };
    const start = await figures();
    await site.post(`/letters/${openLetter}`, {
      ...{ name: 'Nia Workspace', email: 'nia@example.cymru', kind: 'individual', country: 'GB-WLS', show_name: 'yes', consent: 'yes' },
    });
    expect(await figures()).toEqual({ ...start, pending: start.pending + 1 });
  });
});

describe('signing out', () => {
  it('revokes the session, clears the cookie and is recorded with the sign-in in the audit log', async () => {
    const cookie = await signInAs('dafydd@ymgyrch.cymru');
    const audit = await site.get('/admin/audit', { cookie });
    expect(audit.status).toBe(200);
    expect(element(audit.html, 'tr', 'data-action="sign_in"')).toContain('dafydd@ymgyrch.cymru');

    const out = await site.post('/admin/sign-out', {}, undefined, { cookie });
    expect(out.status).toBe(303);
    expect(out.location).toBe('/admin/sign-in');
    expect(cookieOf(out)).toMatch(/^llofnod_session=[^;]*;.*Expires=Thu, 01 Jan 1970/);
    expect((await site.get('/admin', { cookie })).status).toBe(303);

    const later = await site.get('/admin/audit', { cookie: await signInAs('dafydd@ymgyrch.cymru') });
    const rows = tags(later.html, 'tr').map((r) => r['data-action']).filter(Boolean);
    expect(rows.slice(0, 3)).toEqual(['sign_in', 'sign_out', 'sign_in']);
  });
});

/** Every page file under site/pages/[...locale]/admin, as the address it answers. */
function workspacePages(): string[] {
  const root = path.resolve('site/pages/[...locale]/admin');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return walk(root)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => `/admin/${path.relative(root, f)}`.replace(/\.astro$/, '').replace(/\/index$/, '').replace(/\[[^\]]+\]/g, 'x'.repeat(43)));
}

describe('signed out, every workspace route', () => {
  const pages = workspacePages();
  const gated = pages.filter((p) => !p.startsWith('/admin/sign-in'));

  it('finds the pages to walk', () => {
    expect(gated).toEqual(expect.arrayContaining(['/admin', '/admin/audit', '/admin/organisations', '/admin/queue', '/admin/support', '/admin/sign-out']));
  });

  it('sends every page (GET and POST, both languages, any cookie but a live one) to sign in', async () => {
    for (const page of gated) {
      for (const lang of ['', '/cy']) {
        for (const cookie of [undefined, `llofnod_session=${'A'.repeat(43)}`]) {
          const headers: Record<string, string> = cookie ? { cookie } : {};
          const get = await site.get(`${lang}${page}`, headers);
          const post = await site.post(`${lang}${page}`, {}, undefined, headers);
          for (const res of [get, post]) {
            expect([`${lang}${page}`, res.status, res.location]).toEqual([`${lang}${page}`, 303, `${lang}/admin/sign-in`]);
          }
        }
      }
    }
  });

  it('gives no way round the gate by spelling the address differently', async () => {
    for (const address of ['/admin/', '/%61dmin', '/admin/%61udit', '/cy/admin/', '/admin/./audit', '/admin//audit']) {
      const res = await site.get(address);
      expect([address, res.status === 200]).toEqual([address, false]);
      expect(textOf(res.html)).not.toContain('Signed in as');
    }
  });

  it('answers anything under /api/admin 401 unauthorised', async () => {
    for (const address of ['/api/admin', '/api/admin/letters', '/api/admin/x/y']) {
      const res = await site.get(address);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.html)).toMatchObject({ error: { code: 'unauthorised' } });
    }
  });

  it('leaves the sign-in pages open', async () => {
    for (const page of pages.filter((p) => p.startsWith('/admin/sign-in'))) {
      expect([page, (await site.get(page)).status]).not.toEqual([page, 303]);
    }
  });
});
