import { z } from 'zod';
import { organisationTypes } from '../organisations/organisation-type.ts';

const count = z.number().int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * `GET /api/letters/:slug/stats`: what a journalist counts by, from the running totals of
 * verified, visible signatures. Keys with no signature are left out of every breakdown; `daily`
 * has every day from the first confirmed signature to the last, 0 where nobody signed.
 */
export const letterStatsSchema = z.strictObject({
  slug: z.string(),
  as_of: z.iso.datetime(),
  counts: z.strictObject({
    total: z.number().int().nonnegative(),
    individuals: z.number().int().nonnegative(),
    organisations: z.number().int().nonnegative(),
    /** How many countries (the UK's nations each one) signers are in. */
    countries: z.number().int().nonnegative(),
  }),
  by_kind: z.strictObject({ individual: count.optional(), organisation: count.optional() }),
  by_organisation_type: z.partialRecord(z.enum(organisationTypes), count),
  /** ISO 3166-1 alpha-2, the UK by nation (`GB-WLS`). */
  by_country: z.record(z.string(), count),
  /** Wales's principal areas by ONS code, for signers who gave one. */
  by_area: z.record(z.string(), count),
  daily: z.array(z.strictObject({ date: day, n: z.number().int().nonnegative() })),
});

export type LetterStats = z.infer<typeof letterStatsSchema>;
