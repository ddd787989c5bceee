import { z } from 'zod';
import type { OrganisationType } from '../organisations/organisation-type.ts';
import { countryCodes } from '../places/countries.ts';

export const maxPageSize = 200;

/** Query of the public list; the page, the JSON and the CSV read it the same way. */
export const signatoryQuerySchema = z.object({
  cursor: z.string().max(200).optional().catch(undefined),
  // A limit above the maximum is capped, not refused, as the contract says.
  limit: z.coerce.number().int().min(1).catch(50).transform((n) => Math.min(n, maxPageSize)).default(50),
  kind: z.enum(['individual', 'organisation']).optional().catch(undefined),
  /** `organisations`: notable organisations first, then organisations grouped by type (in the order of organisationTypes), then individuals; newest first within each. */
  order: z.enum(['newest', 'organisations']).optional().catch(undefined),
  country: z
    .string()
    .refine((c) => countryCodes.includes(c))
    .optional()
    .catch(undefined),
  q: z
    .string()
    .transform((s) => s.normalize('NFC').trim().slice(0, 100))
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined),
});
export type SignatoryQuery = z.infer<typeof signatoryQuerySchema>;

/** One public row: never an email address, and never the name of someone who chose not to show it. */
export type Signatory = {
  name: string;
  kind: 'individual' | 'organisation';
  organisation: string | null;
  /** Null for individuals. */
  organisation_type: OrganisationType | null;
  role: string | null;
  place: string | null;
  country: string;
  signed_at: string;
  /** An organisation whose email matched its website, or that a campaigner approved; false for every individual. */
  verified: boolean;
  /** The organisation's website (null for individuals): what a verified organisation's email matched. */
  website: string | null;
  /** Where the organisation's logo is served (a path on this site), or null: none given, or an individual. */
  logo_url: string | null;
  /** An organisation a campaigner marked notable: listed first in organisations-first order. False for every individual. */
  notable: boolean;
};

export const anonymousName = 'Anonymous supporter';
