import type { AstroGlobal } from 'astro';
import type { TokenInvalidError } from '../../api/errors.ts';
import { checkMemberSignInLink, memberSignIn } from '../../api/network/member-sign-in.service.ts';
import { checkStillActiveLink, stillActiveByLink } from '../../api/network/reconfirm.service.ts';
import { localised } from './locale.ts';
import { localeOf } from './messages.ts';
import { linkProblem, setMemberCookie } from './member.ts';
import { takeReturn } from './member-return.ts';

/** What site/components/LinkButtonPage.astro shows: its words in the page's language, and why the link does not work, if it does not. */
type Outcome = Response | ReturnType<typeof buttonPage>;

function buttonPage(astro: AstroGlobal, kind: 'link' | 'stillActive', invalid: TokenInvalidError['reason'] | undefined) {
  const { t, href } = localeOf(astro);
  const text = t.membership[kind];
  const again = kind === 'link' ? t.membership.link.again : t.membership.stillActive.signIn;
  return { text, invalid: invalid && text.invalid[invalid], again: { href: href('/network/sign-in'), label: again } };
}

/**
 * A member's sign-in link (site/pages/network/sign-in/[token].astro and its Welsh twin, outside
 * `[...locale]`: see DEVELOPERS.md). GET only checks it (mail scanners follow links); POST uses it
 * once, opens a session and sets its cookie.
 */
export async function signInLinkPage(astro: AstroGlobal): Promise<Outcome> {
  const { deps } = astro.locals.runtime;
  const token = astro.params.token ?? '';
  if (astro.request.method === 'POST') {
    let opened: Awaited<ReturnType<typeof memberSignIn>> | undefined;
    const invalid = await linkProblem(astro, async () => {
      opened = await memberSignIn(deps, token);
    });
    if (!opened) return buttonPage(astro, 'link', invalid);
    setMemberCookie(astro, opened.secret, opened.session);
    return astro.redirect(takeReturn(astro) ?? localised('/network/profile', astro.locals.lang), 303);
  }
  return buttonPage(astro, 'link', await linkProblem(astro, () => checkMemberSignInLink(deps.db, token, deps.clock())));
}

/** The yearly question's link: GET shows the button, POST says "still active" once and lands on the thanks. */
export async function stillActiveLinkPage(astro: AstroGlobal): Promise<Outcome> {
  const { deps } = astro.locals.runtime;
  const token = astro.params.token ?? '';
  if (astro.request.method === 'POST') {
    const invalid = await linkProblem(astro, () => stillActiveByLink(deps, token));
    if (invalid) return buttonPage(astro, 'stillActive', invalid);
    return astro.redirect(localised('/network/still-active', astro.locals.lang), 303);
  }
  return buttonPage(astro, 'stillActive', await linkProblem(astro, () => checkStillActiveLink(deps.db, token, deps.clock())));
}
