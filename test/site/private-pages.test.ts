import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server.ts';
import { aSigner, openLetter, siteUnderTest } from './browser.ts';

const site = siteUnderTest();
/** A link's token of the right shape that no one was ever sent. */
const token = 'N0tAT0kenAnyoneWasSentButOfTheRightShape-_x';

describe('pages no browser or proxy may keep', () => {
  it('are every page a mailed link opens, in both languages, whatever the token', async () => {
    for (const link of ['confirm', 'withdraw', 'unsubscribe', 'support/confirm', 'admin/sign-in', 'network/sign-in', 'network/still-active']) {
      for (const lang of ['', '/cy']) {
        const page = await site.get(`${lang}/${link}/${token}`);
        expect(page.status, `${lang}/${link}`).toBeLessThan(500);
        expect(page.headers.get('cache-control'), `${lang}/${link}`).toBe('no-store');
      }
    }
  });

  it('are the answer to a form, which shows back what was typed', async () => {
    const refused = await site.post(`/letters/${openLetter}`, aSigner({ email: 'typed@example.cymru', consent: '' }));
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('typed@example.cymru');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const signedIn = await site.post('/cy/admin/sign-in', { email: 'someone@example.cymru' });
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
  });

  it('are not the letter’s public pages, which any cache may keep as before', async () => {
    for (const path of [`/letters/${openLetter}`, `/cy/letters/${openLetter}`, `/letters/${openLetter}/check-email`, `/letters/${openLetter}/thank-you`]) {
      const page = await site.get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('cache-control') ?? '', path).not.toContain('no-store');
    }
  });
});

describe('Strict-Transport-Security on pages', () => {
  it('is not sent while the site is served over plain http', async () => {
    expect((await site.get(`/letters/${openLetter}`)).headers.has('strict-transport-security')).toBe(false);
  });

  describe('when PUBLIC_ORIGIN is https', () => {
    let https: RunningServer;
    beforeAll(async () => {
      https = await startServer({ PUBLIC_ORIGIN: 'https://llythyr.example.cymru' });
    });
    afterAll(() => https?.stop());

    it('tells browsers to use https for a year, subdomains too, on pages and API alike', async () => {
      for (const path of [`/letters/${openLetter}`, `/cy/confirm/${token}`, '/api/health']) {
        const res = await fetch(new URL(path, https.origin), { redirect: 'manual' });
        expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      }
    });
  });
});
