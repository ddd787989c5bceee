import type { Deps } from '../../api/deps.ts';
import { LetterClosedError } from '../../api/errors.ts';
import { openLetter } from '../../api/letters/letter.service.ts';
import { fieldErrors, signatureInputSchema } from '../../api/signatures/signature.schema.ts';
import { sign } from '../../api/signatures/signature.service.ts';
import type { Lang } from './format.ts';

/** What was typed, as typed, so a form with mistakes comes back exactly as it was sent. */
export type SignFormValues = Partial<Record<string, string>>;

export const freshForm: SignFormValues = { kind: 'individual', country: 'GB-WLS', show_name: 'yes' };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
const fieldOrder = ['name', 'email', 'kind', 'organisation', 'organisation_type', 'website', 'role', 'place', 'country', 'area', 'comment', 'show_name', 'consent', 'updates'];

export type SignOutcome =
  | { kind: 'signed' }
  | { kind: 'closed' }
  | { kind: 'invalid'; values: SignFormValues; errors: Record<string, string> };

/** The first value of each field; a body that is not a form reads as an empty one, and gets the usual messages. */
async function readForm(request: Request): Promise<SignFormValues> {
  const form = await request.formData().catch(() => new FormData());
  const values: SignFormValues = {};
  for (const [key, value] of form) {
    if (!(key in values)) values[key] = typeof value === 'string' ? value : '';
  }
  return values;
}

/**
 * The page's own POST: checked with the API's schema, then signed through the same service.
 * A closed letter says so before any field is judged: correcting them would not help.
 */
export async function submitSignature(deps: Deps, slug: string, request: Request, lang: Lang): Promise<SignOutcome> {
  try {
    openLetter(deps, slug);
    const values = await readForm(request);
    const parsed = signatureInputSchema.safeParse(values);
    if (!parsed.success) return { kind: 'invalid', values, errors: fieldErrors(parsed.error, lang) };
    await sign(deps, slug, parsed.data, lang);
    return { kind: 'signed' };
  } catch (error) {
    if (error instanceof LetterClosedError) return { kind: 'closed' };
    throw error;
  }
}

/** Links for the error summary, each to its field's control. */
export function errorLinks(errors: Record<string, string>): { href: string; message: string }[] {
  const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, message]) => ({ href: fieldOrder.includes(field) ? `#${field}` : '#sign', message }));
}
