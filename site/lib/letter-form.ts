import type { Deps } from '../../api/deps.ts';
import { InvalidInputError, LetterClosedError, PausedError } from '../../api/errors.ts';
import type { Letter } from '../../api/letters/letter.catalogue.ts';
import { openLetter } from '../../api/letters/letter.service.ts';
import type { Lang } from './format.ts';

/**
 * What the forms on a letter (signing, sending a letter of support) share when they post to
 * their own page: reading the form, the order of the error summary, and what a post comes to.
 */

/** What was typed, as typed, so a form with mistakes comes back exactly as it was sent. */
export type FormValues = Partial<Record<string, string>>;

export type FormOutcome =
  | { kind: 'done' }
  | { kind: 'closed' }
  /** The site is paused (api/settings/pause.service.ts): nothing was kept. */
  | { kind: 'paused' }
  /** `fileSent`: a file came with the form; a form cannot keep one, so it asks for it again. */
  | { kind: 'invalid'; values: FormValues; errors: Record<string, string>; fileSent: boolean };

/** The first value of each field as typed (a file reads as ''), and the one file the form may carry. */
async function readForm(request: Request, fileField: string): Promise<{ values: FormValues; file: FormDataEntryValue | null }> {
  const form = await request.formData().catch(() => new FormData());
  const values: FormValues = {};
  for (const [key, value] of form) {
    if (!(key in values)) values[key] = typeof value === 'string' ? value : '';
  }
  return { values, file: form.get(fileField) };
}

/**
 * A page's own POST: `act` parses as the API does (every field and the file's bytes) and keeps it
 * through the same service. A letter no longer open says so before any field is judged:
 * correcting them would not help. A body that is not a form reads as an empty one.
 */
export async function postLetterForm(
  deps: Deps,
  slug: string,
  request: Request,
  fileField: string,
  act: (body: Record<string, unknown>, letter: Letter) => Promise<void>,
  lang: Lang,
): Promise<FormOutcome> {
  const { values, file } = await readForm(request, fileField);
  try {
    const letter = await openLetter(deps, slug);
    await act({ ...values, [fileField]: file }, letter);
    return { kind: 'done' };
  } catch (error) {
    if (error instanceof LetterClosedError) return { kind: 'closed' };
    if (error instanceof PausedError) return { kind: 'paused' };
    if (!(error instanceof InvalidInputError)) throw error;
    return { kind: 'invalid', ...onConsentBox(values, error.fieldsIn(lang)), fileSent: file instanceof Blob && file.size > 0 };
  }
}

/**
 * The versions of the words a form showed travel in hidden fields, with no box of their own: a
 * version this server does not know (a form made by a newer release and sent to an older server
 * during a rolling deploy, or one edited by hand) is the consent box's problem. The box comes back unticked, to be ticked under the words shown now.
 */
function onConsentBox(values: FormValues, errors: Record<string, string>): { values: FormValues; errors: Record<string, string> } {
  const { consent_version, notice_version, ...rest } = errors;
  const stale = consent_version ?? notice_version;
  if (!stale) return { values, errors };
  return { values: { ...values, consent: undefined }, errors: { ...rest, consent: rest.consent ?? stale } };
}

/** Links for the error summary in the order a person meets the fields, each to its control (the form itself for anything else). */
export function errorLinksIn(errors: Record<string, string>, fieldOrder: readonly string[], formId: string): { href: string; message: string }[] {
  const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, message]) => ({ href: fieldOrder.includes(field) ? `#${field}` : `#${formId}`, message }));
}
