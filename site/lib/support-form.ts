import type { Deps } from '../../api/deps.ts';
import type { Letter } from '../../api/letters/letter.catalogue.ts';
import { isoDay, letterStatus } from '../../api/letters/letter.time.ts';
import { parseSupportSubmission, submitSupport } from '../../api/support/support.service.ts';
import type { Lang } from './format.ts';
import { type FormOutcome, type FormValues, errorLinksIn, postLetterForm } from './letter-form.ts';
import type { Messages } from './messages.ts';

/** Nothing chosen for the author: not their country, not how much is published. */
export const freshSupportForm: FormValues = { country: '' };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
const supportFieldOrder = ['author_name', 'role', 'organisation', 'country', 'email', 'body', 'extract', 'pdf', 'publish', 'consent'];

/** The page's own POST: every field and the PDF's bytes, then kept through the same service in the page's language. */
export const submitSupportForm = (deps: Deps, slug: string, request: Request, lang: Lang): Promise<FormOutcome> =>
  postLetterForm(deps, slug, request, 'pdf', async (body) => submitSupport(deps, slug, await parseSupportSubmission(body), lang), lang);

export const supportErrorLinks = (errors: Record<string, string>) => errorLinksIn(errors, supportFieldOrder, 'support-form');

/** Why a letter takes no letters of support now (not yet open, or closed), in the page's words; undefined while it is open. */
export function notTakingSupport(letter: Letter, now: Date, t: Messages): string | undefined {
  const status = letterStatus(letter, now);
  if (status === 'open') return undefined;
  const c = t.support.closed;
  return status === 'upcoming' ? c.upcoming(isoDay(letter.opens)) : c.closed(isoDay(letter.closes ?? letter.opens));
}
