import type { AstroGlobal } from 'astro';
import { TokenInvalidError } from '../../api/errors.ts';
import { confirmMember, describeMemberLink } from '../../api/network/join.service.ts';
import { localised } from './locale.ts';
import { statusOf } from './mailed-link.ts';

export type JoinLinkOutcome = { kind: 'ready' } | { kind: 'invalid'; reason: TokenInvalidError['reason'] };

/**
 * The page an application's confirmation link opens: GET describes (mail scanners follow
 * links), POST confirms once and sends the applicant on, in the page's language.
 */
export async function joinLinkPage(astro: AstroGlobal): Promise<Response | JoinLinkOutcome> {
  const { locals, params, request } = astro;
  const deps = locals.runtime.deps;
  const token = params.token ?? '';
  try {
    if (request.method === 'POST') {
      await confirmMember(deps, token);
      return astro.redirect(localised('/network/confirmed', locals.lang), 303);
    }
    await describeMemberLink(deps, token);
    return { kind: 'ready' };
  } catch (error) {
    if (!(error instanceof TokenInvalidError)) throw error;
    astro.response.status = statusOf[error.reason];
    return { kind: 'invalid', reason: error.reason };
  }
}
