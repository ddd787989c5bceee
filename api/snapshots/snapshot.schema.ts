import { z } from 'zod';
import { countsSchema } from '../letters/letter.schema.ts';

/** A snapshot's id as its address carries it: 128 random bits in base64url. Anything else is unknown. */
export const snapshotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** A snapshot as the API answers it and the page shows it (tests parse real answers with it). */
export const snapshotViewSchema = z.strictObject({
  id: z.string(),
  url: z.url().meta({ description: "The snapshot's page, `PUBLIC_ORIGIN/snapshots/:id`: the address to cite." }),
  letter: z.string(),
  created_at: z.iso.datetime(),
  counts: countsSchema,
  rows: z.number().int().min(0).meta({ description: 'Lines of the CSV after its header: one per listed signature.' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'Of the CSV at `csv_url` as it is served now.' }),
  csv_url: z.url(),
  original_sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .meta({ description: 'Null unless a data request took a name out; then the hash of the CSV as first frozen.' }),
  amended_at: z.iso.datetime().nullable().meta({ description: 'When a data request last took a name out, else null.' }),
});
export type SnapshotView = z.infer<typeof snapshotViewSchema>;
