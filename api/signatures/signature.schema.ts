import { z } from 'zod';
import type { Locale } from '../i18n/locale.ts';
import { blankToUndefined, consent, country, email, flag, key, name, optionalText, publicText } from '../forms/fields.ts';
import { fieldMessages, fieldProblems, limited } from '../i18n/validation/problems.ts';
import { registrableDomain } from '../organisations/authority.ts';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { consentFields } from '../privacy/consent.schema.ts';
import { walesAreaCodes } from '../places/wales-areas.ts';

/**
 * The one description of a signature as typed: the page's form, the JSON API and the
 * service all parse with it. No Node imports, so a browser can run it too.
 */

/**
 * An organisation's website as one canonical address: "www.example.org" becomes
 * "https://www.example.org/". Null for anything that is not an http(s) site on a registrable
 * domain (an IP address, "localhost", a bare public suffix, credentials in the address).
 */
function toWebsite(typed: string): string | null {
  const address = /^[a-z][a-z\d+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
  if (!URL.canParse(address)) return null;
  const url = new URL(address);
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) return null;
  if (!registrableDomain(url.hostname)) return null;
  url.hash = '';
  return url.href;
}

export const website = z.preprocess(
  blankToUndefined,
  z
    .string({ error: key('website.format') })
    .trim()
    .refine((s) => s.length <= 500, { ...limited('website.tooLong', 500), abort: true })
    // Refused as a field of its own (not aborting), so the form still names every other missing answer.
    .transform((typed, ctx) => {
      const normalised = toWebsite(typed);
      if (normalised === null) ctx.issues.push({ code: 'custom', message: key('website.format'), input: typed, continue: true });
      return normalised ?? typed;
    })
    .optional(),
);

type OrganisationAnswers = { kind: string; organisation?: string | undefined; organisation_type?: string | undefined; website?: string | undefined };

/** An organisation names itself, its type and its website (a signature's form and the network's join form alike). */
export function organisationAnswered(s: OrganisationAnswers, ctx: z.RefinementCtx): void {
  if (s.kind !== 'organisation') return;
  const required = [
    ['organisation', s.organisation, key('organisation.required')],
    ['organisation_type', s.organisation_type, key('organisation_type.choose')],
    ['website', s.website, key('website.required')],
  ] as const;
  // A value typed but refused keeps its own message: only a field's first problem is shown.
  for (const [path, value, message] of required) {
    if (!value) ctx.addIssue({ code: 'custom', path: [path], message });
  }
}

export const signatureInputSchema = z
  .object({
    name,
    email,
    kind: z.preprocess(
      (v) => blankToUndefined(v) ?? 'individual',
      z.enum(['individual', 'organisation'], { error: key('kind.choose') }),
    ),
    organisation: publicText('organisation', 200),
    organisation_type: z.preprocess(
      blankToUndefined,
      z.enum(organisationTypes, { error: key('organisation_type.choose') }).optional(),
    ),
    website,
    role: publicText('role', 200),
    place: publicText('place', 100),
    country,
    area: z.preprocess(
      blankToUndefined,
      z
        .string({ error: key('area.unknown') })
        .refine((a) => walesAreaCodes.includes(a), key('area.unknown'))
        .optional(),
    ),
    comment: optionalText('comment', 500),
    show_name: flag(),
    updates: flag(),
    consent: consent(),
    ...consentFields,
  })
  .superRefine(organisationAnswered)
  .transform((s) => ({
    ...s,
    // A local authority only means something for a signer in Wales.
    area: s.country === 'GB-WLS' ? s.area : undefined,
    // An individual has no organisation type or website to check, whatever a form left in those boxes.
    organisation_type: s.kind === 'organisation' ? s.organisation_type : undefined,
    website: s.kind === 'organisation' ? s.website : undefined,
  }));

export type SignatureInput = z.infer<typeof signatureInputSchema>;
export type SignatureField = keyof SignatureInput;

/** The token of a mailed link, as `POST /api/signatures/confirm` and `/withdraw` take it. */
export const tokenInputSchema = z.object({
  token: z.string({ error: key('token.required') }).min(1, key('token.required')),
});

/** `202` to a signature or a letter of support: a mail to confirm is on its way. */
export const pendingSchema = z.strictObject({ status: z.literal('pending') });

/** `POST /api/signatures/confirm` and `/withdraw`: what the token did, and to which letter. */
export const signatureOutcomeSchema = z.strictObject({ status: z.enum(['verified', 'withdrawn']), letter: z.string() });

/**
 * The first problem with each field, keyed by field name, as the contract's `fields` object,
 * in the reader's language: pages call it with their own, the API with Accept-Language's.
 */
export function fieldErrors(error: z.ZodError, locale: Locale = 'en'): Record<string, string> {
  return fieldMessages(fieldProblems(error), locale);
}
