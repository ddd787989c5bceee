import { z } from 'zod';
import { organisationTypes } from '../organisations/organisation-type.ts';
import { codeFilter, listQueryFields } from '../signatories/signatory.schema.ts';
import { walesAreaCodes } from '../places/wales-areas.ts';
import { beyondWales, practiceCodes } from './practices.ts';

const areaCodes = [...walesAreaCodes, beyondWales];

/** The directory's query: the page, the JSON and the CSV read it alike; an unknown value is ignored, never refused. */
export const directoryQuerySchema = z.object({
  // A name of 200 characters makes a cursor of about 400.
  cursor: z.string().max(1000).optional().catch(undefined),
  limit: listQueryFields.limit,
  kind: listQueryFields.kind,
  area: codeFilter(areaCodes),
  practice: codeFilter(practiceCodes),
  q: listQueryFields.q,
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/**
 * One member as the directory shows them: every field is null (or empty) unless the member
 * chose to show it. `kind` is always public: the network counts organisations and individuals.
 */
export const directoryEntrySchema = z.strictObject({
  name: z.string().nullable().meta({ description: 'Null when the member does not show it: pages say "A member of the network".' }),
  kind: z.enum(['individual', 'organisation']),
  organisation: z.string().nullable(),
  organisation_type: z.enum(organisationTypes).nullable().meta({ description: 'Shown with the organisation.' }),
  role: z.string().nullable(),
  area: z.string().nullable().meta({ description: "A Welsh principal area's ONS code, or `beyond` (outside Wales)." }),
  practices: z.array(z.string()).meta({ description: 'Codes of the areas of practice (empty unless shown).' }),
  profile: z.string().nullable(),
  website: z.string().nullable(),
  verified: z.boolean().meta({ description: 'An organisation shown by name whose email matched its website, or that a coordinator approved.' }),
  notable: z.boolean().meta({ description: 'A member shown by name (an organisation by its organisation) that coordinators marked notable: listed first among organisations, or among individuals.' }),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryPageSchema = z.strictObject({ items: z.array(directoryEntrySchema), next: z.string().nullable() });
