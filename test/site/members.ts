import { expect } from 'vitest';
import { type Site, pathOf, textOf } from './browser.ts';

/** The sign-in link of a member's mail, as a path. */
export const signInLink = (text: string | undefined) => pathOf(/https?:\/\/\S+\/network\/sign-in\/[A-Za-z0-9_-]+/.exec(text ?? '')![0]);

/** Signs a member in through the pages from the caught mail; returns the Cookie header to send. */
export async function memberSignsIn(site: Site, email: string, lang: '' | '/cy' = '') {
  const before = site.mailCount(email);
  const asked = await site.post(`${lang}/network/sign-in`, { email });
  expect([asked.status, asked.location]).toEqual([303, `${lang}/network/sign-in/sent`]);
  expect(textOf((await site.get(`${lang}/network/sign-in/sent`)).html)).toContain(lang ? 'Edrychwch ar eich e-bost' : 'Check your email');
  const link = signInLink((await site.nextMailTo(email, before)).text);
  expect((await site.get(link)).status).toBe(200);
  const signedIn = await site.post(link);
  expect([signedIn.status, signedIn.location]).toEqual([303, `${lang}/network/profile`]);
  const cookie = signedIn.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(';')[0] ?? '';
}
