import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The one recipe for every secret Llofnod hands out (confirm and withdraw links, sign-in
 * links, session cookies): 256 bits from the CSPRNG, base64url (43 characters), and only its
 * SHA-256 kept, so a copy of the database opens nothing.
 */
const secretShape = /^[A-Za-z0-9_-]{43}$/;

export const hashSecret = (raw: string): string => createHash('sha256').update(raw).digest('hex');

/** A fresh secret and the hash to store; the raw value goes only to its owner (a mail, a cookie). */
export function newSecret(): { raw: string; hash: string } {
  const raw = randomBytes(32).toString('base64url');
  return { raw, hash: hashSecret(raw) };
}

/** Whether a string could be one of our secrets at all: anything else is refused before a lookup. */
export const isSecretShape = (raw: string): boolean => secretShape.test(raw);

/** Rows are found by hash, which says nothing about the secret; the comparison is constant-time anyway. */
export const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
