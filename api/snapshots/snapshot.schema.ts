import { z } from 'zod';
import type { Counts } from '../counts/counter.repository.ts';

/** A snapshot's id as its address carries it: 128 random bits in base64url. Anything else is unknown. */
export const snapshotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** A snapshot as the API answers it and the page shows it. */
export type SnapshotView = {
  id: string;
  /** The snapshot's page: `PUBLIC_ORIGIN/snapshots/:id`, the address to cite. */
  url: string;
  letter: string;
  created_at: string;
  counts: Omit<Counts, 'by_area'>;
  rows: number;
  /** Of the CSV at `csv_url` as it is served now. */
  sha256: string;
  csv_url: string;
  /** Null unless a data request took a name out; then the hash of the CSV as first frozen. */
  original_sha256: string | null;
  /** When a data request last took a name out, else null. */
  amended_at: string | null;
};
