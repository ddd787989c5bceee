import type { AstroGlobal } from 'astro';
import type { AdminSession } from '../../api/admin/session.table.ts';
import type { Deps } from '../../api/deps.ts';
import { formatDay, formatTime } from '../../api/i18n/format.ts';
import { letterText } from '../../api/letters/letter.catalogue.ts';
import type { Lang } from './format.ts';

/**
 * Which pages are the campaigners' workspace, by the route Astro matched (`/[...locale]/admin/…`),
 * never by the address as typed: `/%61dmin`, `//admin` or `/admin/` all match the same route,
 * so no spelling of an address gets round the gate in site/middleware.ts.
 */
const workspaceRoute = /^\/\[\.\.\.locale\]\/admin(\/|$)/;
const signInRoute = /^\/\[\.\.\.locale\]\/admin\/sign-in(\/|$)/;

export const isWorkspaceRoute = (routePattern: string): boolean => workspaceRoute.test(routePattern);
/** The only workspace pages open without a session: asking for a link and using it. */
export const isSignInRoute = (routePattern: string): boolean => signInRoute.test(routePattern);

/** The campaigner on a workspace page; the middleware has already sent anyone else to sign in. */
export function signedIn(astro: Pick<AstroGlobal, 'locals'>): AdminSession {
  const { admin } = astro.locals;
  if (!admin) throw new Error('a workspace page was reached without a session');
  return admin;
}

/** A moment in the workspace (a confirmation, a decision): the day and the time in Wales. */
export const formatMoment = (iso: string, lang: Lang) => `${formatDay(new Date(iso), lang)} ${formatTime(new Date(iso), lang)}`;

/** A letter's title in the page's language; the slug itself for a letter since taken out of content/. */
export function letterTitleIn(deps: Pick<Deps, 'letters'>, slug: string, lang: Lang): string {
  const letter = deps.letters.get(slug);
  return letter ? letterText(letter, lang).title : slug;
}
