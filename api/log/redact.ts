/**
 * What a log line must never carry: an email address, a secret (confirm, withdraw, unsubscribe
 * and sign-in links, session cookies: every one is 43 characters of base64url, api/tokens/secret.ts),
 * a client address or a cookie. Known fields are censored by pino (`redactPaths`); free text
 * (an error's message, an SMTP reply quoting the recipient) goes through `scrub`; a request's
 * address through `loggedPath`.
 */

const wildcard = (fields: string[]) => fields.flatMap((f) => [f, `*.${f}`]);

/** Censored wherever they appear, at the top of a line or one level down. */
export const redactPaths = [
  ...wildcard(['email', 'to', 'token', 'secret', 'cookie', 'ip', 'client', 'clientAddress', 'remoteAddress', 'xForwardedFor']),
  ...wildcard(['headers.cookie', 'headers["set-cookie"]', 'headers["x-forwarded-for"]', 'headers["x-real-ip"]', 'headers.forwarded']),
];

const emailLike = /[^\s<>"'()@,;:]+@[^\s<>"'()@,;:]+/g;
const secretLike = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** Free text with every address and secret in it replaced. */
export const scrub = (text: string): string => text.replace(emailLike, '<address>').replace(secretLike, '<token>');

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * A request's address as a log line may show it: the path alone (a query may hold anything a
 * form sent by GET), with each secret and address in it replaced by a placeholder, so
 * `/cy/confirm/<token>` logs as `/cy/confirm/:token`.
 */
export function loggedPath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path
    .slice(0, 500)
    .split('/')
    .map((segment) => {
      const plain = decoded(segment);
      if (/^[A-Za-z0-9_-]{43}$/.test(plain)) return ':token';
      if (plain.includes('@')) return ':email';
      return scrub(segment);
    })
    .join('/');
}
