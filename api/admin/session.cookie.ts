/**
 * The session cookie. HttpOnly (no script reads it); Secure whenever the site is served over
 * https; SameSite=Lax rather than Strict: the sign-in POST comes from our own page so either
 * would work, but Lax also keeps a campaigner signed in when they follow a link to the
 * workspace from a mail, while a cross-site form post still arrives without it (and is refused
 * by the Origin check before that). Path=/ because the API under /api/admin needs it too.
 */
export const sessionCookieName = 'llofnod_session';

/**
 * The cookie lasts as long as the session, said as Max-Age (seconds from now) rather than an
 * Expires date: a browser whose clock disagrees with the server's keeps it just as long.
 */
export function sessionCookieOptions(publicOrigin: string, expires: Date, now: Date) {
  const maxAge = Math.max(0, Math.round((expires.getTime() - now.getTime()) / 1000));
  return { httpOnly: true, secure: publicOrigin.startsWith('https:'), sameSite: 'lax', path: '/', maxAge } as const;
}
