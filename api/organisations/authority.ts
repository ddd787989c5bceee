import { getDomain } from 'tldts';
import type { Signature } from '../signatures/signature.table.ts';

/**
 * Whether an organisation's signature speaks for it. Set when its email is confirmed
 * (`domain_match` or `awaiting_approval`), changed later only by a campaigner; null for
 * individuals.
 */
export const authorities = ['domain_match', 'awaiting_approval', 'approved', 'rejected'] as const;
export type Authority = (typeof authorities)[number];

/** The authorities under which an organisation is listed and counted, and shown as verified. */
export const publicAuthorities = ['domain_match', 'approved'] as const satisfies readonly Authority[];

/**
 * The registrable domain by the Public Suffix List, private section included, so that
 * `nhs.wales` and `gov.wales` are different owners and a site hosted on a shared service
 * (`someone.github.io`) does not match everyone else's mail on it.
 */
export const registrableDomain = (host: string) => getDomain(host, { allowPrivateDomains: true });

/**
 * True when the email's domain and the website belong to the same registrable domain:
 * `clerk@cardiff.gov.uk` matches `https://www.cardiff.gov.uk/`, while `examp1e.org` and
 * `example.org.evil.com` match nothing but themselves.
 */
export function domainMatches(email: string, website: string): boolean {
  const fromEmail = registrableDomain(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
  const fromWebsite = registrableDomain(new URL(website).hostname);
  return fromEmail !== null && fromEmail === fromWebsite;
}

/** What a confirmed email makes of a signature: an organisation proves itself or waits for a campaigner. */
export function authorityOnConfirm(s: Pick<Signature, 'kind' | 'email' | 'website'>): Authority | null {
  if (s.kind !== 'organisation') return null;
  return s.website && domainMatches(s.email, s.website) ? 'domain_match' : 'awaiting_approval';
}

/** Listed and counted: a confirmed individual, or a confirmed organisation whose authority is established. */
export function isPublic(s: Pick<Signature, 'state' | 'kind' | 'authority'>): boolean {
  if (s.state !== 'verified') return false;
  return s.kind === 'individual' || (publicAuthorities as readonly (string | null)[]).includes(s.authority);
}
