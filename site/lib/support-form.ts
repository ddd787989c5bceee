import type { Deps } from '../../api/deps.ts';
import type { Letter } from '../../api/letters/letter.catalogue.ts';
import { letterStatusOf } from '../../api/letters/letter.service.ts';
import { isoDay } from '../../api/letters/letter.time.ts';
import { readOverride } from '../../api/letters/letter-override.service.ts';
import { closedOn } from './letter-status.ts';
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

/**
 * Why a letter takes no letters of support now (not yet open, closed by its dates or early by a
 * campaigner), in the page's words; undefined while it is open. (A pause of the whole site is
 * said by PauseNotice.)
 */
export async function notTakingSupport(deps: Deps, letter: Letter, t: Messages): Promise<string | undefined> {
  const status = await letterStatusOf(deps, letter);
  if (status === 'open') return undefined;
  const c = t.support.closed;
  if (status === 'upcoming') return c.upcoming(isoDay(letter.opens));
  const override = await readOverride(deps.db, letter.slug);
  return c.closed(closedOn({ opens: isoDay(letter.opens), closes: letter.closes ? isoDay(letter.closes) : null, closed_at: override?.closed_at ?? null }));
}
