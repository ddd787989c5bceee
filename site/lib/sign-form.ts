import type { Deps } from '../../api/deps.ts';
import { parseSignature, sign } from '../../api/signatures/signature.service.ts';
import type { Lang } from './format.ts';
import { type FormOutcome, type FormValues, errorLinksIn, postLetterForm } from './letter-form.ts';

export const freshForm: FormValues = { kind: 'individual', country: 'GB-WLS', show_name: 'yes' };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
const fieldOrder = ['name', 'email', 'kind', 'organisation', 'organisation_type', 'website', 'logo', 'role', 'place', 'country', 'area', 'comment', 'show_name', 'consent', 'updates'];

/** The page's own POST: the schema and an organisation's logo, then signed through the same service. */
export const submitSignature = (deps: Deps, slug: string, request: Request, lang: Lang): Promise<FormOutcome> =>
  postLetterForm(deps, slug, request, 'logo', async (body, letter) => {
    const signature = await parseSignature(body);
    await sign(deps, letter, signature.input, lang, signature.logo);
  }, lang);

export const errorLinks = (errors: Record<string, string>) => errorLinksIn(errors, fieldOrder, 'sign');
