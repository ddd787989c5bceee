/**
 * How often a letter's public list (its rows and counts) has changed, and when it last did.
 * Bumped in the transaction that makes the change, so "has anything changed since?" is one
 * read by primary key: for HTTP validators, snapshots and caches, never a scan of signatures.
 */
export interface ListVersionTable {
  letter: string;
  version: number;
  changed_at: string;
  /**
   * How many data requests (a name hidden or erased) have changed what the letter publishes:
   * a cache allowed to serve a slightly old copy (the public pack) never serves one made before.
   */
  erasures: number;
}
