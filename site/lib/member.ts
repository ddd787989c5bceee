import type { AstroGlobal } from 'astro';
import { sessionCookieOptions } from '../../api/admin/session.cookie.ts';
import { TokenInvalidError } from '../../api/errors.ts';
import { memberCookieName, liveMember } from '../../api/network/member-session.service.ts';
import { areaName, walesAreas } from '../../api/places/wales-areas.ts';
import { beyondWales, practices } from '../../api/network/practices.ts';
import type { Member, MemberSession } from '../../api/network/member.table.ts';
import type { Lang } from './format.ts';
import { localised } from './locale.ts';
import { statusOf } from './mailed-link.ts';


/** The member signed in on this browser, or undefined (the page then sends them to sign in). */
export async function signedInMember(astro: Pick<AstroGlobal, 'locals' | 'cookies'>): Promise<{ member: Member; session: MemberSession } | undefined> {
  const { deps } = astro.locals.runtime;
  return liveMember(deps.db, astro.cookies.get(memberCookieName)?.value, deps.clock());
}

export const signInPath = (lang: Lang) => localised('/network/sign-in', lang);

/** Sets the member's cookie as the campaigners' is set (HttpOnly, Secure on https, SameSite=Lax). */
export function setMemberCookie(astro: Pick<AstroGlobal, 'locals' | 'cookies'>, secret: string, session: MemberSession) {
  const { deps, config } = astro.locals.runtime;
  astro.cookies.set(memberCookieName, secret, sessionCookieOptions(config.publicOrigin, new Date(session.expires_at), deps.clock()));
}

export const dropMemberCookie = (astro: Pick<AstroGlobal, 'cookies'>) => astro.cookies.delete(memberCookieName, { path: '/' });

/** A mailed link's page: `invalid` with the reason and the status it sets, or undefined when the link works. */
export async function linkProblem(astro: Pick<AstroGlobal, 'response'>, work: () => Promise<unknown>): Promise<TokenInvalidError['reason'] | undefined> {
  try {
    await work();
    return undefined;
  } catch (e) {
    if (!(e instanceof TokenInvalidError)) throw e;
    astro.response.status = statusOf[e.reason];
    return e.reason;
  }
}

/** An area's name in the page's language (`beyond`: outside Wales). */
export const areaLabel = (code: string, lang: Lang, beyond: string) => (code === beyondWales ? beyond : areaName(code, lang));
export const practiceLabel = (code: string, lang: Lang) => practices.find((p) => p.code === code)?.[lang] ?? code;
/** Wales's areas A to Z in the page's language, then "outside Wales". */
export const areaOptions = (lang: Lang, beyond: string) => [
  ...[...walesAreas].sort((a, b) => a[lang].localeCompare(b[lang], lang)).map((a) => ({ value: a.code, label: a[lang] })),
  { value: beyondWales, label: beyond },
];
