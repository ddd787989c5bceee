import { createHmac } from 'node:crypto';
import { networkOf } from '../abuse/client-address.ts';
import type { Db } from '../db/database.ts';
import { sharedKey } from '../settings/shared-key.ts';

/**
 * Who reported a comment, told apart without keeping who: an HMAC of the reader's network (an
 * IPv4 address, or an IPv6 /64, which one household holds whole) under this installation's own
 * key. The key is made once, at random, and kept in the `settings` table, so every app server
 * uses the same one and a copy of `comment_reports` alone cannot be matched to an address.
 */
/** The reporter's key; every request with no known address (one made inside the process) shares one. */
export async function reporterKey(db: Db, address: string | undefined): Promise<string> {
  const network = address ? networkOf(address) : 'unknown';
  return createHmac('sha256', await sharedKey(db, 'comment_reporter_key')).update(network).digest('hex');
}
