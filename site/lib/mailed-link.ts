import type { AstroGlobal } from 'astro';
import type { Deps } from '../../api/deps.ts';
import { NotFoundError, PausedError, TokenInvalidError } from '../../api/errors.ts';
import type { Letter } from '../../api/letters/letter.catalogue.ts';
import { confirm, describeLink, withdraw } from '../../api/signatures/mailed-link.service.ts';
import { confirmSupport, describeSupportLink } from '../../api/support/support.service.ts';
import type { Signature } from '../../api/signatures/signature.table.ts';
import type { Lang } from './format.ts';
import { prefillCookieName, prefillCookieOptions, prefillFrom } from './join-prefill.ts';
import { localised } from './locale.ts';

/**
 * The pages a mailed link opens. GET only describes what the link would do (mail scanners
 * follow links); POST does it once and sends the person on. `support` is a letter of support's
 * confirmation link.
 */
export type LinkPurpose = 'confirm' | 'withdraw' | 'support';
export type InvalidReason = TokenInvalidError['reason'];

export type LinkOutcome =
  | { kind: 'ready'; letter: Letter }
  /** A POST while the site is paused: nothing changed, the link still works afterwards. */
  | { kind: 'paused'; letter: Letter }
  /** `signature`: the one a confirmation just counted, for the offer to join the network (site/lib/join-prefill.ts). */
  | { kind: 'done'; redirect: string; signature?: Signature }
  | { kind: 'invalid'; reason: InvalidReason; status: 404 | 409 | 410; letter: Letter | undefined };

/** What each link does on POST, and the page of its letter (under /letters/:slug/) it lands on, with any query. */
type Done = { letter: Letter; landing: string; search?: string; signature?: Signature };
const act: Record<LinkPurpose, (deps: Deps, token: string) => Promise<Done>> = {
  async confirm(deps, token) {
    const { letter, signature } = await confirm(deps, token);
    // A flag and nothing more (the address must not say who): the thank-you page tells an
    // organisation that it waits for a campaigner before it is listed.
    const awaiting = signature.state === 'verified' && signature.authority === 'awaiting_approval';
    return { letter, landing: 'thank-you', search: awaiting ? '?awaiting=1' : '', signature };
  },
  withdraw: async (deps, token) => ({ letter: (await withdraw(deps, token)).letter, landing: 'withdrawn' }),
  support: async (deps, token) => ({ letter: (await confirmSupport(deps, token)).letter, landing: 'support/confirmed' }),
};
/** What each link would do, for GET: nothing changes. */
const describe: Record<LinkPurpose, (deps: Deps, token: string) => Promise<{ letter: Letter }>> = {
  confirm: (deps, token) => describeLink(deps, token, 'confirm'),
  withdraw: (deps, token) => describeLink(deps, token, 'withdraw'),
  support: describeSupportLink,
};
/** The status of a page whose mailed link no longer works. */
export const statusOf = { unknown: 404, used: 409, expired: 410 } as const;

/** A link opened at /cy/… (mail to a Welsh signer links there) lands on the Welsh page once done. */
export async function followLink(deps: Deps, token: string, purpose: LinkPurpose, method: string, lang: Lang): Promise<LinkOutcome> {
  try {
    if (method === 'POST') {
      try {
        const { letter, landing, search = '', signature } = await act[purpose](deps, token);
        return { kind: 'done', redirect: `${localised(`/letters/${letter.slug}/${landing}`, lang)}${search}`, ...(signature ? { signature } : {}) };
      } catch (error) {
        if (!(error instanceof PausedError)) throw error;
        return { kind: 'paused', letter: (await describe[purpose](deps, token)).letter };
      }
    }
    const { letter } = await describe[purpose](deps, token);
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
  if (outcome.kind === 'done') {
    if (outcome.signature) {
      const { deps, config } = locals.runtime;
      astro.cookies.set(prefillCookieName, await prefillFrom(deps.db, outcome.signature, deps.clock()), prefillCookieOptions(config.publicOrigin));
    }
    return astro.redirect(outcome.redirect, 303);
  }
  if (outcome.kind === 'invalid') astro.response.status = outcome.status;
  if (outcome.kind === 'paused') astro.response.status = 503;
  return outcome;
}
