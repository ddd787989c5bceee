import type { AstroGlobal } from 'astro';

/**
 * Where a member goes once signed in, when they came to sign in from a post they wanted to
 * comment on (`/network/sign-in?return=/blog/<slug>`): kept in a short-lived cookie on this
 * browser, since the link itself comes by mail. Only a post's own path is kept: never a URL
 * elsewhere (no open redirect).
 */
const cookieName = 'llofnod_member_return';
const postPath = /^\/(cy\/)?blog\/[a-z0-9][a-z0-9-]*$/;

export function keepReturn(astro: Pick<AstroGlobal, 'url' | 'cookies'>) {
  const wanted = astro.url.searchParams.get('return') ?? '';
  if (postPath.test(wanted)) astro.cookies.set(cookieName, wanted, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 * 60, secure: astro.url.protocol === 'https:' });
}

/** The post to go back to, once (the cookie goes), or undefined. */
export function takeReturn(astro: Pick<AstroGlobal, 'cookies'>): string | undefined {
  const kept = astro.cookies.get(cookieName)?.value;
  if (kept === undefined) return undefined;
  astro.cookies.delete(cookieName, { path: '/' });
  return postPath.test(kept) ? kept : undefined;
}
