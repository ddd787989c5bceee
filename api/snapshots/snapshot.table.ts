import type { Selectable } from 'kysely';

/**
 * A letter's public list frozen at one moment: its counts, and its CSV kept in the upload store
 * with that file's SHA-256, so anyone holding the file can check it is the list as it was.
 */
export interface SnapshotTable {
  /** 128 random bits, base64url: the snapshot's permanent address, which cannot be guessed or counted through. */
  id: string;
  letter: string;
  created_at: string;
  total: number;
  individuals: number;
  organisations: number;
  /** JSON `{country code: n}`, as `counts.by_country` of `GET /api/letters/:slug`. */
  by_country: string;
  /** Lines of signatories in the CSV (its header not counted). */
  rows: number;
  /** Of the CSV as it is served now. */
  sha256: string;
  /** The letter's list version it froze (api/lists/list-version.ts): "nothing changed since" is one comparison. */
  list_version: number;
  /** Its CSV's upload key (`snapshot/….csv`). */
  file: string;
  /** Set when a data request took a name out: the hash of the CSV as first frozen, and when it was first amended. */
  original_sha256: string | null;
  amended_at: string | null;
}

export type Snapshot = Selectable<SnapshotTable>;
