import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { log } from '../log/logger.ts';
import { DomainError, DownloadsBusyError, InvalidInputError, NotReadyError, PausedError, TokenInvalidError, UnavailableError, errorMessages } from '../errors.ts';
import { formatNumber } from '../i18n/format.ts';
import { bodyLimitFor } from './body-limits.ts';
import type { ErrorBody } from './error.schema.ts';
import { preferredLocale } from './body.ts';

const statusOf: Record<string, ContentfulStatusCode> = {
  invalid_input: 422,
  not_found: 404,
  letter_closed: 409,
  comments_closed: 409,
  commenter_blocked: 403,
  members_only: 403,
  unauthorised: 401,
  forbidden: 403,
  not_awaiting_approval: 409,
  paused: 503,
  unavailable: 503,
  not_ready: 503,
  downloads_busy: 503,
  not_implemented: 501,
  too_many_reports: 429,
};
/** Retry-After on a `503 paused` answer. */
export const pausedRetryAfterSeconds = 300;
/** Retry-After while the database is away or the server is stopping: a restart or a failover takes seconds. */
export const unavailableRetryAfterSeconds = 10;
/** Retry-After when every download slot is taken: a download of a million rows takes seconds. */
export const downloadsBusyRetryAfterSeconds = 30;
const tokenStatus = { unknown: 404, used: 409, expired: 410 } as const;
const httpCode = { 403: 'forbidden', 413: 'payload_too_large', 415: 'unsupported_media_type' } as const;


/**
 * The one place a thrown error becomes an HTTP answer: `{"error":{"code","message","fields?"}}`,
 * its words in the language of Accept-Language (`cy` or `en`); the code and field names never change.
 */
export function errorResponse(thrown: Error, c: Context): Response {
  const error = isDatabaseUnavailable(thrown) ? new UnavailableError() : thrown;
  const locale = preferredLocale(c.req.header('accept-language'));
  if (error instanceof InvalidInputError) {
    return c.json<ErrorBody>({ error: { code: error.code, message: error.messageIn(locale), fields: error.fieldsIn(locale) } }, 422);
  }
  if (error instanceof TokenInvalidError) {
    return c.json<ErrorBody>(
      { error: { code: error.code, message: error.messageIn(locale), reason: error.reason } },
      tokenStatus[error.reason],
    );
  }
  if (error instanceof PausedError) {
    // A hint for clients that back off, not a promise: a campaigner ends the pause by hand.
    c.header('Retry-After', String(pausedRetryAfterSeconds));
  }
  if (error instanceof UnavailableError || error instanceof NotReadyError) c.header('Retry-After', String(unavailableRetryAfterSeconds));
  if (error instanceof DownloadsBusyError) c.header('Retry-After', String(downloadsBusyRetryAfterSeconds));
  if (error instanceof DomainError) {
    return c.json<ErrorBody>({ error: { code: error.code, message: error.messageIn(locale) } }, statusOf[error.code] ?? 400);
  }
  const words = errorMessages[locale];
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = httpCode[status as keyof typeof httpCode] ?? 'bad_request';
    // The limit named is the one this request went over: an upload route's is larger.
    const limit = bodyLimitFor(c.req.path, c.req.header('content-type'));
    const message = code === 'payload_too_large' ? words.payload_too_large(formatNumber(limit / 1024, locale)) : words[code];
    return c.json<ErrorBody>({ error: { code, message } }, status);
  }
  log.error({ err: error, reqId: c.get('requestId') }, 'unexpected error');
  return c.json<ErrorBody>({ error: { code: 'internal', message: words.internal } }, 500);
}
