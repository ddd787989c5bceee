import type { AstroGlobal } from 'astro';
import type { Deps } from '../../api/deps.ts';
import { NotFoundError, TokenInvalidError } from '../../api/errors.ts';
import type { Letter } from '../../api/letters/letter.catalogue.ts';
import { confirm, describeLink, withdraw } from '../../api/signatures/signature.service.ts';
import type { Lang } from './format.ts';
import { localised } from './locale.ts';

/**
 * The pages a mailed link opens. GET only describes what the link would do (mail scanners
 * follow links); POST does it once and sends the person on.
 */
export type LinkPurpose = 'confirm' | 'withdraw';
export type InvalidReason = TokenInvalidError['reason'];

export type LinkOutcome =
  | { kind: 'ready'; letter: Letter }
  | { kind: 'done'; redirect: string }
  | { kind: 'invalid'; reason: InvalidReason; status: 404 | 409 | 410; letter: Letter | undefined };

const act = { confirm, withdraw };
const landing = { confirm: 'thank-you', withdraw: 'withdrawn' } as const;
const statusOf = { unknown: 404, used: 409, expired: 410 } as const;

/** A link opened at /cy/… (mail to a Welsh signer links there) lands on the Welsh page once done. */
export async function followLink(deps: Deps, token: string, purpose: LinkPurpose, method: string, lang: Lang): Promise<LinkOutcome> {
  try {
    if (method === 'POST') {
      const { letter } = await act[purpose](deps, token);
      return { kind: 'done', redirect: localised(`/letters/${letter.slug}/${landing[purpose]}`, lang) };
    }
    const { letter } = await describeLink(deps, token, purpose);
    return { kind: 'ready', letter };
  } catch (error) {
    // A link to a letter since taken out of content/ leads nowhere either.
    if (error instanceof NotFoundError) return { kind: 'invalid', reason: 'unknown', status: 404, letter: undefined };
    if (!(error instanceof TokenInvalidError)) throw error;
    const letter = error.letter ? deps.letters.get(error.letter) : undefined;
    return { kind: 'invalid', reason: error.reason, status: statusOf[error.reason], letter };
  }
}

/** The whole of a mailed-link page's work: a redirect once done, else what to show, with its status. */
export async function mailedLinkPage(astro: AstroGlobal, purpose: LinkPurpose): Promise<Response | LinkOutcome> {
  const { locals, params, request } = astro;
  const outcome = await followLink(locals.runtime.deps, params.token ?? '', purpose, request.method, locals.lang);
  if (outcome.kind === 'done') return astro.redirect(outcome.redirect, 303);
  // The token is in the address: nothing on the way may keep a copy of the page.
  astro.response.headers.set('Cache-Control', 'no-store');
  if (outcome.kind === 'invalid') astro.response.status = outcome.status;
  return outcome;
}
