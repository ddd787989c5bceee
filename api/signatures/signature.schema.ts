import { z } from 'zod';
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

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .transform(tidy)
    .refine((s) => codePoints(s) <= max, `${label} must be ${max} characters or fewer`)
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), `${label} contains characters that cannot be shown`);

const optionalText = (label: string, max: number) =>
  z.preprocess(blankToUndefined, text(label, max).optional()).transform((s) => s || undefined);

const looksLikeLink = /(https?:|www\.|:\/\/|\b[\p{L}\d-]+\.(com|org|net|uk|cymru|wales|io|info|biz|ru|xyz|link)\b)/iu;

/** Published text (name, organisation, role, place) never carries an address, even one typed into the wrong box. */
const looksLikeEmail = /[^\s@]+@[^\s@]+\.[^\s@]+/u;

const publicText = (label: string, max: number) =>
  optionalText(label, max).refine((s) => !s || !looksLikeEmail.test(s), `${label} is published, so leave out any email address`);

const name = z.preprocess(
  (v) => v ?? '',
  text('Your name', 200)
    // Spaces, joiners and accents alone would be listed as a blank name.
    .refine((s) => !/^[\p{Z}\p{Cf}\p{M}]*$/u.test(s), { message: 'Enter your name', abort: true })
    .refine((s) => !looksLikeEmail.test(s), 'Enter your name, not your email address')
    .refine((s) => !looksLikeLink.test(s), 'Enter your name without a web address'),
);

const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z
    .string({ error: 'Enter your email address' })
    .min(1, 'Enter your email address')
    .max(254, 'Email address must be 254 characters or fewer')
    .refine((s) => /^[\x21-\x7e]+$/.test(s), {
      message: 'Enter an email address using only plain letters, numbers and symbols (addresses with accented letters are not supported yet)',
      abort: true,
    })
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
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
  }, z.boolean({ error: 'Must be true or false' }));

export const signatureInputSchema = z
  .object({
    name,
    email,
    kind: z.preprocess(
      (v) => blankToUndefined(v) ?? 'individual',
      z.enum(['individual', 'organisation'], { error: 'Choose individual or organisation' }),
    ),
    organisation: publicText('Organisation', 200),
    role: publicText('Role', 200),
    place: publicText('Town or city', 100),
    country: z.preprocess(
      blankToUndefined,
      z.string({ error: 'Choose your country' }).refine((c) => countryCodes.includes(c), 'Choose a country from the list'),
    ),
    area: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((a) => walesAreaCodes.includes(a), 'Choose a local authority from the list')
        .optional(),
    ),
    comment: optionalText('Comment', 500),
    show_name: flag(),
    updates: flag(),
    consent: flag().refine((v) => v, 'Tick the box to agree to us holding your signature'),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'organisation' && !s.organisation) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'Enter the name of your organisation' });
    }
  })
  // A local authority only means something for a signer in Wales.
  .transform((s) => ({ ...s, area: s.country === 'GB-WLS' ? s.area : undefined }));

export type SignatureInput = z.infer<typeof signatureInputSchema>;
export type SignatureField = keyof SignatureInput;

/** The first problem with each field, keyed by field name, as the contract's `fields` object. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'body');
    fields[key] ??= issue.message;
  }
  return fields;
}
