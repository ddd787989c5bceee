/**
 * The session cookie. HttpOnly (no script reads it); Secure whenever the site is served over
 * https; SameSite=Lax rather than Strict: the sign-in POST comes from our own page so either
 * would work, but Lax also keeps a campaigner signed in when they follow a link to the
 * workspace from a mail, while a cross-site form post still arrives without it (and is refused
 * by the Origin check before that). Path=/ because the API under /api/admin needs it too.
 */
export const sessionCookieName = 'llofnod_session';

export function sessionCookieOptions(publicOrigin: string, expires: Date) {
  return { httpOnly: true, secure: publicOrigin.startsWith('https:'), sameSite: 'lax', path: '/', expires } as const;
}
