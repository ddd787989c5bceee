import { z } from 'zod';
import { blankToUndefined, flag, key, name, optionalText, publicText } from '../forms/fields.ts';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { walesAreaCodes } from '../places/wales-areas.ts';
import { website } from '../signatures/signature.schema.ts';
import { directoryFields } from './member.table.ts';
import { beyondWales, practiceCodes } from './practices.ts';

export const maxProfile = 1000;
const areaCodes = [...walesAreaCodes, beyondWales];

/** A form's ticked boxes (one value, several, or none) and JSON's arrays, read alike. */
const ticked = <T extends string>(allowed: readonly T[]) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string()).transform((values) => allowed.filter((a) => values.includes(a))),
  );

/**
 * A member's own profile, as the profile page posts it. The organisation's name and type go
 * with an organisation's membership only; what the directory shows is a box per field, and
 * nothing is shown unless ticked.
 */
export const profileInputSchema = z.object({
  name,
  organisation: publicText('organisation', 200),
  organisation_type: z.preprocess(blankToUndefined, z.enum(organisationTypes, { error: key('organisation_type.choose') }).optional()),
  website,
  role: publicText('role', 200),
  area: z.preprocess(blankToUndefined, z.string().refine((a) => areaCodes.includes(a), key('area.unknown')).optional()),
  practices: ticked(practiceCodes),
  profile: optionalText('profile', maxProfile),
  shown: ticked(directoryFields),
  digest: flag(),
});
export type ProfileInput = z.infer<typeof profileInputSchema>;
