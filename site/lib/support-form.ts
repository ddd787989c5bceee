import type { Deps } from '../../api/deps.ts';
import { InvalidInputError, LetterClosedError } from '../../api/errors.ts';
import type { Letter } from '../../api/letters/letter.catalogue.ts';
import { openLetter } from '../../api/letters/letter.service.ts';
import { isoDay, letterStatus } from '../../api/letters/letter.time.ts';
import { parseSupportSubmission, submitSupport } from '../../api/support/support.service.ts';
import type { Lang } from './format.ts';
import type { Messages } from './messages.ts';

/** What was typed, as typed, so a form with mistakes comes back exactly as it was sent. */
export type SupportFormValues = Partial<Record<string, string>>;

/** Nothing chosen for the author: not their country, not how much is published. */
export const freshSupportForm: SupportFormValues = { country: '' };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
export const supportFieldOrder = ['author_name', 'role', 'organisation', 'country', 'email', 'body', 'extract', 'pdf', 'publish', 'consent'];

export type SupportOutcome =
  | { kind: 'sent' }
  | { kind: 'closed' }
  /** `pdfSent`: a PDF came with the form; the form cannot keep it, so it asks for it again. */
  | { kind: 'invalid'; values: SupportFormValues; errors: Record<string, string>; pdfSent: boolean };

/** The first value of each field as typed (a file reads as ''), and the PDF; a body that is not a form reads as an empty one. */
async function readForm(request: Request): Promise<{ values: SupportFormValues; pdf: FormDataEntryValue | null }> {
  const form = await request.formData().catch(() => new FormData());
  const values: SupportFormValues = {};
  for (const [key, value] of form) {
    if (!(key in values)) values[key] = typeof value === 'string' ? value : '';
  }
  return { values, pdf: form.get('pdf') };
}

/**
 * The page's own POST: parsed as the API parses it (every field and the PDF's bytes), then kept
 * through the same service in the page's language. A letter no longer open says so before any
 * field is judged: correcting them would not help.
 */
export async function submitSupportForm(deps: Deps, slug: string, request: Request, lang: Lang): Promise<SupportOutcome> {
  const { values, pdf } = await readForm(request);
  try {
    openLetter(deps, slug);
    await submitSupport(deps, slug, await parseSupportSubmission({ ...values, pdf }), lang);
    return { kind: 'sent' };
  } catch (error) {
    if (error instanceof LetterClosedError) return { kind: 'closed' };
    if (!(error instanceof InvalidInputError)) throw error;
    const pdfSent = pdf instanceof Blob && pdf.size > 0;
    return { kind: 'invalid', values, errors: error.fieldsIn(lang), pdfSent };
  }
}

/** Links for the error summary, each to its field's control (the first radio of a choice). */
export function supportErrorLinks(errors: Record<string, string>): { href: string; message: string }[] {
  const rank = (field: string) => (supportFieldOrder.includes(field) ? supportFieldOrder.indexOf(field) : supportFieldOrder.length);
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, message]) => ({ href: supportFieldOrder.includes(field) ? `#${field}` : '#support-form', message }));
}

/** Why a letter takes no letters of support now (not yet open, or closed), in the page's words; undefined while it is open. */
export function notTakingSupport(letter: Letter, now: Date, t: Messages): string | undefined {
  const status = letterStatus(letter, now);
  if (status === 'open') return undefined;
  const c = t.support.closed;
  return status === 'upcoming' ? c.upcoming(isoDay(letter.opens)) : c.closed(isoDay(letter.closes ?? letter.opens));
}
