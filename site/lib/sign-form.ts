import type { Deps } from '../../api/deps.ts';
import { InvalidInputError, LetterClosedError } from '../../api/errors.ts';
import { openLetter } from '../../api/letters/letter.service.ts';
import { parseSignature, sign } from '../../api/signatures/signature.service.ts';
import type { Lang } from './format.ts';

/** What was typed, as typed, so a form with mistakes comes back exactly as it was sent. */
export type SignFormValues = Partial<Record<string, string>>;

export const freshForm: SignFormValues = { kind: 'individual', country: 'GB-WLS', show_name: 'yes' };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
const fieldOrder = ['name', 'email', 'kind', 'organisation', 'organisation_type', 'website', 'logo', 'role', 'place', 'country', 'area', 'comment', 'show_name', 'consent', 'updates'];

export type SignOutcome =
  | { kind: 'signed' }
  | { kind: 'closed' }
  /** `logoSent`: a logo came with the form; the form cannot keep it, so it asks for it again. */
  | { kind: 'invalid'; values: SignFormValues; errors: Record<string, string>; logoSent: boolean };

/**
 * The first value of each field as typed (a file reads as ''), and the logo file; a body that is
 * not a form reads as an empty one, and gets the usual messages.
 */
async function readForm(request: Request): Promise<{ values: SignFormValues; logo: FormDataEntryValue | null }> {
  const form = await request.formData().catch(() => new FormData());
  const values: SignFormValues = {};
  for (const [key, value] of form) {
    if (!(key in values)) values[key] = typeof value === 'string' ? value : '';
  }
  return { values, logo: form.get('logo') };
}

/**
 * The page's own POST: checked as the API checks it (the schema, and an organisation's logo),
 * then signed through the same service. A closed letter says so before any field is judged:
 * correcting them would not help.
 */
export async function submitSignature(deps: Deps, slug: string, request: Request, lang: Lang): Promise<SignOutcome> {
  const { values, logo } = await readForm(request);
  try {
    openLetter(deps, slug);
    const signature = await parseSignature({ ...values, logo });
    await sign(deps, slug, signature.input, lang, signature.logo);
    return { kind: 'signed' };
  } catch (error) {
    if (error instanceof LetterClosedError) return { kind: 'closed' };
    if (!(error instanceof InvalidInputError)) throw error;
    const logoSent = logo instanceof Blob && logo.size > 0;
    return { kind: 'invalid', values, errors: error.fieldsIn(lang), logoSent };
  }
}

/** Links for the error summary, each to its field's control. */
export function errorLinks(errors: Record<string, string>): { href: string; message: string }[] {
  const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, message]) => ({ href: fieldOrder.includes(field) ? `#${field}` : '#sign', message }));
}
