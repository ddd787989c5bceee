import { z } from 'zod';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { countryCodes } from '../places/countries.ts';

export const maxPageSize = 200;

/** A filter by one of a list of codes; any other value is ignored. */
export const codeFilter = (codes: readonly string[]) =>
  z
    .string()
    .refine((c) => codes.includes(c))
    .optional()
    .catch(undefined);

/** The query fields every public list shares (the signatories, the network's directory): a bad value is ignored, never refused. */
export const listQueryFields = {
  // A limit above the maximum is capped, not refused, as the contract says.
  limit: z.coerce.number().int().min(1).catch(50).transform((n) => Math.min(n, maxPageSize)).default(50),
  kind: z.enum(['individual', 'organisation']).optional().catch(undefined),
  q: z
    .string()
    .transform((s) => s.normalize('NFC').trim().slice(0, 100))
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined),
};

/** Query of the public list; the page, the JSON and the CSV read it the same way. */
export const signatoryQuerySchema = z.object({
  cursor: z.string().max(200).optional().catch(undefined),
  limit: listQueryFields.limit,
  kind: listQueryFields.kind,
  /** `organisations`: notable organisations first, then organisations grouped by type (in the order of organisationTypes), then individuals; newest first within each. */
  order: z.enum(['newest', 'organisations']).optional().catch(undefined),
  country: codeFilter(countryCodes),
  q: listQueryFields.q,
});
export type SignatoryQuery = z.infer<typeof signatoryQuerySchema>;

/** One public row: never an email address, and never the name of someone who chose not to show it. */
export const signatorySchema = z.strictObject({
  name: z.string(),
  kind: z.enum(['individual', 'organisation']),
  organisation: z.string().nullable(),
  organisation_type: z.enum(organisationTypes).nullable().meta({ description: 'Null for individuals.' }),
  role: z.string().nullable(),
  place: z.string().nullable(),
  country: z.string(),
  signed_at: z.iso.datetime().meta({ description: 'When the signer confirmed their email.' }),
  verified: z.boolean().meta({ description: "An organisation whose email matched its website, or that a campaigner approved; false for every individual." }),
  website: z.string().nullable().meta({ description: "The organisation's website (null for individuals): what a verified organisation's email matched." }),
  logo_url: z.string().nullable().meta({ description: "Where the organisation's logo is served (a path on this site), or null: none given, or an individual." }),
  notable: z.boolean().meta({ description: 'An organisation a campaigner marked notable: listed first in organisations-first order. False for every individual.' }),
});
export type Signatory = z.infer<typeof signatorySchema>;

/** `GET /api/letters/:slug/signatories`: a page of the list and the cursor of the next (null on the last). */
export const signatoryPageSchema = z.strictObject({ items: z.array(signatorySchema), next: z.string().nullable() });

export const anonymousName = 'Anonymous supporter';
