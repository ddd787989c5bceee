import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimitFor } from './body-limits.ts';
import { errorResponse } from './errors.ts';

// Answered here, not thrown: the pages' app has no error handler of its own.
const tooLarge = (c: Context) => errorResponse(new HTTPException(413), c);

/**
 * The protections every response gets, pages and API alike: a strict CSP (no third-party
 * anything), no Referer (so a token in a path never leaks), a body-size cap, and an Origin
 * check on form posts, which Astro's own check does not cover for Hono routes.
 */
export function guard({ origin, dev = false }: { origin: string; dev?: boolean }): MiddlewareHandler[] {
  const self = ["'self'"];
  return [
    secureHeaders({
      contentSecurityPolicy: dev
        ? undefined
        : {
            defaultSrc: ["'none'"],
            scriptSrc: self,
            styleSrc: self,
            imgSrc: [...self, 'data:'],
            fontSrc: self,
            connectSrc: self,
            formAction: self,
            frameAncestors: ["'none'"],
            baseUri: ["'none'"],
          },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
    csrf({ origin: (o) => o === origin }),
    // Each request's own cap: an upload route reads a larger multipart body than any other.
    (c, next) => bodyLimit({ maxSize: bodyLimitFor(c.req.path, c.req.header('content-type')), onError: tooLarge })(c, next),
  ];
}
