import { z } from 'zod';
import { blankToUndefined, codePoints, email, flag, key, name, publicText } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { walesAreaCodes } from '../places/wales-areas.ts';
import { consentFields } from '../privacy/consent.schema.ts';
import { organisationAnswered, website } from '../signatures/signature.schema.ts';
import { directoryFields } from './member.table.ts';
import { beyondWales, practiceCodes } from './practices.ts';
import { currentPrinciplesVersion, principlesVersions } from './principles.ts';

/**
 * The one description of an application to join the network: the join page's form,
 * `POST /api/network/members` and the service all parse with it. No Node imports.
 */

export const profileMax = 1_000;

/** A profile keeps its paragraphs: line ends made one kind, runs of blank lines folded, the rest as typed. */
const tidyProfile = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();

const profile = z.preprocess(
  blankToUndefined,
  z
    .string({ error: key('network.profile.notText') })
    .transform(tidyProfile)
    .refine((s) => codePoints(s) <= profileMax, limited('network.profile.tooLong', profileMax))
    .refine((s) => !/[\p{Cs}\x00-\x08\x0b-\x1f\x7f-\x9f]/u.test(s), key('network.profile.unprintable'))
    .optional()
    .transform((s) => s || undefined),
);

/** Ticked boxes: a form sends one value or several, JSON an array; none ticked is an empty list. Each is kept once, in the list's order. */
const choices = <T extends string>(allowed: readonly T[], message: 'network.practices.unknown' | 'network.shown.unknown') =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string({ error: key(message) }), { error: key(message) })
      .refine((picked) => picked.every((p) => (allowed as readonly string[]).includes(p)), key(message))
      .transform((picked) => allowed.filter((a) => picked.includes(a))),
  );

export const memberAreas: readonly string[] = [...walesAreaCodes, beyondWales];

export const memberInputSchema = z
  .object({
    name,
    email,
    kind: z.preprocess((v) => blankToUndefined(v) ?? 'individual', z.enum(['individual', 'organisation'], { error: key('kind.choose') })),
    organisation: publicText('organisation', 200),
    organisation_type: z.preprocess(blankToUndefined, z.enum(organisationTypes, { error: key('organisation_type.choose') }).optional()),
    website,
    role: publicText('role', 200),
    area: z.preprocess(
      blankToUndefined,
      z.string({ error: key('network.area.choose') }).refine((a) => memberAreas.includes(a), key('network.area.choose')),
    ),
    practices: choices(practiceCodes, 'network.practices.unknown'),
    profile,
    shown: choices(directoryFields, 'network.shown.unknown'),
    principles: flag().refine((v) => v, key('network.principles.required')),
    principles_version: z.preprocess(
      blankToUndefined,
      z
        .string({ error: key('network.principles_version.unknown') })
        .refine((v) => (principlesVersions as string[]).includes(v), key('network.principles_version.unknown'))
        .optional()
        .transform((v) => v ?? currentPrinciplesVersion)
        .meta({ description: `The version of the principles shown; the current one (\`${currentPrinciplesVersion}\`) when absent.` }),
    ),
    consent: flag().refine((v) => v, key('network.consent.required')),
    ...consentFields,
  })
  .superRefine(organisationAnswered)
  .transform((m) => ({
    ...m,
    // An individual has no organisation to name or check, whatever a form left in those boxes.
    organisation: m.kind === 'organisation' ? m.organisation : undefined,
    organisation_type: m.kind === 'organisation' ? m.organisation_type : undefined,
    website: m.kind === 'organisation' ? m.website : undefined,
  }));

export type MemberInput = z.infer<typeof memberInputSchema>;
export type MemberField = keyof z.input<typeof memberInputSchema>;

/** A coordinator's reason for declining: the applicant reads it. */
export const declineSchema = z.object({
  reason: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v ?? ''),
    z
      .string({ error: key('network.reason.required') })
      .min(1, key('network.reason.required'))
      .refine((s) => codePoints(s) <= 1_000, limited('network.reason.tooLong', 1_000)),
  ),
});

/** `POST /api/network/members/confirm`: the email is confirmed; a coordinator decides next. */
export const memberConfirmedSchema = z.strictObject({ status: z.literal('awaiting_approval') });

/** `GET /api/network`: how many belong (active members), counted on the server. */
export const networkCountsSchema = z.strictObject({ members: z.number().int(), individuals: z.number().int(), organisations: z.number().int() });
