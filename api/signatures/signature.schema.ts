import { z } from 'zod';
import type { Locale } from '../i18n/locale.ts';
import type { ValidationKey } from '../i18n/validation/en.ts';
import { fieldMessages, fieldProblems, limited } from '../i18n/validation/problems.ts';
import { registrableDomain } from '../organisations/authority.ts';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { countryCodes } from '../places/countries.ts';
import { walesAreaCodes } from '../places/wales-areas.ts';

/**
 * The one description of a signature as typed: the page's form, the JSON API and the
 * service all parse with it. No Node imports, so a browser can run it too.
 */

/** What a person typed, tidied: trimmed, NFC (so "ŵ" typed two ways is one name), runs of spaces folded. */
const tidy = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
const codePoints = (s: string) => [...s].length;
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * Every message below is a key of api/i18n/validation/en.ts (and cy.ts), checked here by the
 * type: `fieldErrors` puts it into words in the reader's language.
 */
const key = (k: ValidationKey) => k;

type TextField = 'name' | 'organisation' | 'role' | 'place' | 'comment';

const text = (field: TextField, max: number) =>
  z
    .string({ error: key(`${field}.notText`) })
    .transform(tidy)
    .refine((s) => codePoints(s) <= max, limited(`${field}.tooLong`, max))
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), key(`${field}.unprintable`));

const optionalText = (field: TextField, max: number) =>
  z.preprocess(blankToUndefined, text(field, max).optional()).transform((s) => s || undefined);

const looksLikeLink = /(https?:|www\.|:\/\/|\b[\p{L}\d-]+\.(com|org|net|uk|cymru|wales|io|info|biz|ru|xyz|link)\b)/iu;

/** Published text (name, organisation, role, place) never carries an address, even one typed into the wrong box. */
const looksLikeEmail = /[^\s@]+@[^\s@]+\.[^\s@]+/u;

const publicText = (field: 'organisation' | 'role' | 'place', max: number) =>
  optionalText(field, max).refine((s) => !s || !looksLikeEmail.test(s), key(`${field}.email`));

const name = z.preprocess(
  (v) => v ?? '',
  text('name', 200)
    // Spaces, joiners and accents alone would be listed as a blank name.
    .refine((s) => !/^[\p{Z}\p{Cf}\p{M}]*$/u.test(s), { message: key('name.required'), abort: true })
    .refine((s) => !looksLikeEmail.test(s), key('name.email'))
    .refine((s) => !looksLikeLink.test(s), key('name.link')),
);

/** An address as typed (trimmed, ASCII, ≤ 254): signers' and campaigners' sign-in forms share it. */
export const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z
    .string({ error: key('email.required') })
    .min(1, key('email.required'))
    .max(254, key('email.tooLong'))
    .refine((s) => /^[\x21-\x7e]+$/.test(s), { message: key('email.notAscii'), abort: true })
    .pipe(z.email(key('email.format'))),
);

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

const website = z.preprocess(
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

/**
 * Checkboxes post "on"; JSON posts booleans; both mean the same. An unticked box is absent
 * from a form, so absent means no: nothing (least of all a name) is published by default.
 */
const flag = () =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === '') return false;
    if (typeof v === 'string') return ['true', 'on', '1', 'yes'].includes(v.toLowerCase());
    return v;
  }, z.boolean({ error: key('flag.yesNo') }));

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
    country: z.preprocess(
      blankToUndefined,
      z.string({ error: key('country.required') }).refine((c) => countryCodes.includes(c), key('country.unknown')),
    ),
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
    consent: flag().refine((v) => v, key('consent.required')),
  })
  .superRefine((s, ctx) => {
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
  })
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

/**
 * The first problem with each field, keyed by field name, as the contract's `fields` object,
 * in the reader's language: pages call it with their own, the API with Accept-Language's.
 */
export function fieldErrors(error: z.ZodError, locale: Locale = 'en'): Record<string, string> {
  return fieldMessages(fieldProblems(error), locale);
}
