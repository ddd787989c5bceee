import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, InvalidInputError, TokenInvalidError } from '../errors.ts';

const statusOf: Record<string, ContentfulStatusCode> = {
  invalid_input: 422,
  not_found: 404,
  letter_closed: 409,
};
const tokenStatus = { unknown: 404, used: 409, expired: 410 } as const;

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; reason?: string } };

/** The one place a thrown error becomes an HTTP answer: `{"error":{"code","message","fields?"}}`. */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof InvalidInputError) {
    return c.json<ErrorBody>({ error: { code: error.code, message: error.message, fields: error.fields } }, 422);
  }
  if (error instanceof TokenInvalidError) {
    return c.json<ErrorBody>({ error: { code: error.code, message: error.message, reason: error.reason } }, tokenStatus[error.reason]);
  }
  if (error instanceof DomainError) {
    return c.json<ErrorBody>({ error: { code: error.code, message: error.message } }, statusOf[error.code] ?? 400);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? 'payload_too_large' : status === 403 ? 'forbidden' : status === 415 ? 'unsupported_media_type' : 'bad_request';
    return c.json<ErrorBody>({ error: { code, message: error.message || 'The request could not be read.' } }, status);
  }
  console.error('[api] unexpected error', error);
  return c.json<ErrorBody>({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }, 500);
}
