import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimitFor } from './body-limits.ts';
import { errorMessages } from '../errors.ts';
import { formatNumber } from '../i18n/format.ts';
import { errorResponse } from './errors.ts';

const escapeAttribute = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Answered here, not thrown: the pages' app has no error handler of its own. A page's form
 * (a browser without JavaScript sending too big a file) gets a page in its language with a
 * way back; the API gets its JSON.
 */
function tooLarge(c: Context): Response {
  if (c.req.path.startsWith('/api/')) return errorResponse(new HTTPException(413), c);
  const locale = c.req.path === '/cy' || c.req.path.startsWith('/cy/') ? 'cy' : 'en';
  const t = errorMessages[locale].too_large_page;
  const limit = formatNumber(bodyLimitFor(c.req.path, c.req.header('content-type')) / 1024, locale);
  return c.html(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head>` +
      `<body><main><h1>${t.title}</h1><p>${t.body(limit)}</p><p><a href="${escapeAttribute(c.req.path)}">${t.back}</a></p></main></body></html>`,
    413,
  );
}

/** Exactly `POST /unsubscribe/<token>` and the board digest's `POST /network/unsubscribe/<token>` (and their `/cy/`): nothing else is let through without an Origin. */
export const isOneClickUnsubscribe = (method: string, path: string): boolean =>
  method === 'POST' && /^\/(cy\/)?(network\/)?unsubscribe\/[A-Za-z0-9_-]{43}$/.test(path);

/**
 * What other sites may take from this one: the widget into their frames (`embed`), and the
 * badge and share image as their images. Nothing else: every other page stays unframable, so
 * no site can dress a sign form or a workspace page in its own clothes (clickjacking).
 */
const embeddable = /^\/(?:cy\/)?letters\/[^/]+\/(embed|badge\.svg|share\.png)\/?$/;
export const embedKind = (path: string): 'frame' | 'image' | undefined => {
  const what = embeddable.exec(path)?.[1];
  return what === undefined ? undefined : what === 'embed' ? 'frame' : 'image';
};

/**
 * Answers no browser or proxy may keep a copy of: the workspace (pages and /api/admin), every
 * page a mailed link opens (its token is in the address), the network's join form (it may
 * hold what a signer typed, from their cookie), and every answer to a form or a POST, which
 * may show what was typed or carry a token in its body.
 */
const privatePath = /^(?:\/api)?(?:\/cy)?\/(?:admin(?:\/|$)|(?:confirm|withdraw|unsubscribe|support\/confirm|comments\/(?:confirm|edit)|network\/confirm)\/|network\/(?:join|sign-in|still-active|profile|leave|sign-out|board|unsubscribe)(?:\/|$))/;
export const isPrivateAnswer = (method: string, path: string): boolean => !(method === 'GET' || method === 'HEAD') || privatePath.test(path);

/** A year, and every subdomain: once a browser has seen the site over https it never tries http. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * The protections every response gets, pages and API alike: a strict CSP (no third-party
 * anything), no Referer (so a token in a path never leaks), HSTS when the site is served over
 * https, no caching of private answers, a body-size cap, and an Origin check on form posts,
 * which Astro's own check does not cover for Hono routes.
 */
export function guard({ origin, dev = false }: { origin: string; dev?: boolean }): MiddlewareHandler[] {
  const self = ["'self'"];
  const checkOrigin = csrf({ origin: (o) => o === origin });
  const policy = {
    defaultSrc: ["'none'"],
    scriptSrc: self,
    styleSrc: self,
    imgSrc: [...self, 'data:'],
    fontSrc: self,
    connectSrc: self,
    formAction: self,
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  };
  const headers = (csp: typeof policy | Pick<typeof policy, 'defaultSrc' | 'frameAncestors' | 'baseUri'>, embedded: boolean) =>
    secureHeaders({
      contentSecurityPolicy: dev ? undefined : csp,
      referrerPolicy: 'no-referrer',
      // An embed is fetched by a page on another site, which this header would otherwise refuse it to.
      crossOriginResourcePolicy: embedded ? 'cross-origin' : 'same-origin',
      // X-Frame-Options cannot name "any site"; the CSP's frame-ancestors says it for the widget.
      xFrameOptions: csp.frameAncestors[0] === "'none'",
      // Over plain http (a laptop, the tests) it would tell a browser nothing true.
      strictTransportSecurity: origin.startsWith('https:') ? strictTransportSecurity : false,
    });
  const byKind = {
    page: headers(policy, false),
    // The widget: the site's own policy, but any site may frame it. It has no form and no
    // script, and its one link opens the letter in a new tab, so a frame can trick no one into anything.
    frame: headers({ ...policy, frameAncestors: ['*'] }, true),
    // The badge (an SVG, which is a document when opened on its own) and the share image load nothing.
    image: headers({ defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] }, true),
  };
  return [
    (c, next) => byKind[embedKind(c.req.path) ?? 'page'](c, next),
    async (c, next) => {
      await next();
      // A route that said `private, no-store` itself keeps its words.
      if (isPrivateAnswer(c.req.method, c.req.path) && !c.res.headers.get('Cache-Control')?.includes('no-store')) c.header('Cache-Control', 'no-store');
    },
    // RFC 8058's one-click unsubscribe is a POST from a mail client, with no Origin: the
    // token in the path is the authority, and all it can do is stop updates.
    (c, next) => (isOneClickUnsubscribe(c.req.method, c.req.path) ? next() : checkOrigin(c, next)),
    // Each request's own cap: an upload route reads a larger multipart body than any other.
    (c, next) => bodyLimit({ maxSize: bodyLimitFor(c.req.path, c.req.header('content-type')), onError: tooLarge })(c, next),
  ];
}
