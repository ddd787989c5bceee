import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type Locale, locales } from '../i18n/locale.ts';

/** The largest request body read, but for a file upload to a route that takes one (api/http/body-limits.ts). */
export const maxBodyBytes = 64 * 1024;

/**
 * JSON or a form, as the contract allows for every POST; a body that cannot be read is a 400,
 * never a 500. The words of the answer are api/http/errors.ts's, in the reader's language.
 */
export async function readBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const body: unknown = await c.req.json();
      if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
      throw new Error('not an object');
    }
    if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
      return firstValues(await c.req.parseBody());
    }
  } catch (cause) {
    if (cause instanceof HTTPException) throw cause;
    throw new HTTPException(400, { cause });
  }
  throw new HTTPException(415);
}

/** A repeated form field keeps its first value: the form has one of each. */
export function firstValues(form: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The language a reply (and the signer's mail) should use: Welsh when the client prefers it. */
export function preferredLocale(acceptLanguage: string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { tag: tag.split('-')[0], q: Number.isNaN(q) ? 0 : q };
    })
    // q=0 means "not this one" (RFC 9110).
    .filter((x): x is { tag: Locale; q: number } => x.q > 0 && locales.some((l) => l === x.tag))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag ?? 'en';
}
