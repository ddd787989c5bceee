/**
 * A lease on a piece of work that must run on one app server at a time (api/locks/lease.ts).
 * The row exists while someone holds it; `expires_at` (ISO time) lets another server take it
 * over from one that died holding it.
 */
export interface LockTable {
  name: string;
  /** Random per acquisition, so only the holder renews or releases it. */
  holder: string;
  expires_at: string;
}
