import type { Deps } from '../../api/deps.ts';
import { clientAddress } from '../../api/abuse/client-address.ts';
import { type AbusePolicy, defaultAbusePolicy } from '../../api/abuse/sign-limits.ts';
import { parseSignature, type SentFrom, sign } from '../../api/signatures/signature.service.ts';
import type { Lang } from './format.ts';
import { type FormOutcome, type FormValues, errorLinksIn, postLetterForm } from './letter-form.ts';

export const freshForm: FormValues = { kind: 'individual', country: 'GB-WLS', show_name: 'yes' };

/** The form's fields in page order: the error summary lists problems in the order a person meets them. */
const fieldOrder = ['name', 'email', 'kind', 'organisation', 'organisation_type', 'website', 'logo', 'role', 'place', 'country', 'area', 'comment', 'show_name', 'consent', 'updates'];

/**
 * The page's own POST: the schema and an organisation's logo, then signed through the same
 * service. `peer`: the address the request came from (Astro's clientAddress, the socket's own).
 */
export const submitSignature = (deps: Deps, slug: string, request: Request, lang: Lang, peer: string | undefined): Promise<FormOutcome> =>
  postLetterForm(deps, slug, request, 'logo', async (body, letter) => {
    const signature = await parseSignature(body);
    const policy = deps.abuse ?? defaultAbusePolicy;
    const address = clientAddress(peer, request.headers.get('x-forwarded-for'), policy.trustProxy);
    await sign(deps, letter, signature.input, lang, signature.logo, { address, suspicion: suspicionOf(body, deps.clock(), policy) });
  }, lang);

/** The hidden fields of the form that people never touch: see SignForm.astro. */
export const honeypotField = 'homepage';
export const shownAtField = 'shown_at';

/**
 * What the form's hidden fields say about who filled it in: something in the field people
 * never see, or a form sent sooner after it was shown than a person could fill it in. Either
 * gets the same answer as any signature and is set aside for a campaigner, so a bot learns
 * nothing from it.
 */
function suspicionOf(body: Record<string, unknown>, now: Date, policy: AbusePolicy): SentFrom['suspicion'] {
  if (typeof body[honeypotField] === 'string' && body[honeypotField] !== '') return 'honeypot';
  const shownAt = Number(body[shownAtField]);
  if (policy.formMinMs > 0 && !(now.getTime() - shownAt >= policy.formMinMs)) return 'too_fast';
  return undefined;
}

export const errorLinks = (errors: Record<string, string>) => errorLinksIn(errors, fieldOrder, 'sign');
