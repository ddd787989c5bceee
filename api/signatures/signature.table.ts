import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';
import type { Authority } from '../organisations/authority.ts';
import type { OrganisationType } from '../organisations/organisation-type.ts';

/** `fraudulent`: set aside when it was made (over a limit, the honeypot, too fast): never mailed, counted or listed until a campaigner reviews it. */
export const signatureStates = ['pending', 'verified', 'withdrawn', 'fraudulent'] as const;
export type SignatureState = (typeof signatureStates)[number];

/** Why a signature is `fraudulent`: set aside when it was made (the first three), or taken out by a campaigner's bulk decision. */
export const signatureFlags = ['rate_limit', 'honeypot', 'too_fast', 'invalidated'] as const;
export type SignatureFlag = (typeof signatureFlags)[number];

export const signatureKinds = ['individual', 'organisation'] as const;
export type SignatureKind = (typeof signatureKinds)[number];

/**
 * One row per (letter, normalised email). Booleans are 0/1 integers so the same
 * queries run on SQLite and PostgreSQL; times are ISO-8601 UTC strings, which sort
 * correctly as text on both.
 */
export interface SignatureTable {
  id: Generated<number>;
  letter: string;
  state: SignatureState;
  kind: SignatureKind;
  name: string;
  /** Lower-cased, accent-folded name, so "sian" finds "Siân" on every database. */
  search_name: string;
  email: string;
  email_key: string;
  organisation: string | null;
  organisation_type: OrganisationType | null;
  /** The organisation's website, normalised (`https://example.org/`): the domain its email must share. */
  website: string | null;
  role: string | null;
  place: string | null;
  country: string;
  area: string | null;
  comment: string | null;
  show_name: number;
  updates: number;
  /** The signer's language (the page they signed on, or the API's Accept-Language): every mail to them uses it. */
  locale: Locale;
  source: 'web' | 'demo' | 'import';
  created_at: string;
  verified_at: string | null;
  withdrawn_at: string | null;
  /** When the signer stopped updates by a mail's unsubscribe link (`updates` is then 0). */
  unsubscribed_at: string | null;
  /** Null for individuals; see api/organisations/authority.ts. */
  authority: Authority | null;
  /** Who decided a campaigner's approval or rejection, when, and why it was rejected. */
  authority_by: string | null;
  authority_at: string | null;
  authority_reason: string | null;
  /** An organisation's logo as the upload store keeps it (`logo/….webp`, re-encoded), or null. */
  logo: string | null;
  /** 1 when a campaigner marked the organisation notable: it is listed first. */
  notable: Generated<number>;
  /** Where it was sent from (api/abuse/client-address.ts), for the limits and review only: never shown, exported or logged. */
  client_address: string | null;
  /** The address's network, as the limits count it: an IPv4 address, or an IPv6 /64. */
  client_network: string | null;
  /** Why it is `fraudulent`. */
  flag: SignatureFlag | null;
  /** The consent wording and privacy notice the signer was shown (api/privacy/privacy.versions.ts), and when they agreed; null for imports, the demo and older rows. */
  consent_version: string | null;
  notice_version: string | null;
  consented_at: string | null;
  /** When the signer asked for updates, under the same versions; kept after an unsubscribe. */
  updates_consented_at: string | null;
}

export type Signature = Selectable<SignatureTable>;
export type NewSignature = Insertable<SignatureTable>;
export type SignatureUpdate = Updateable<SignatureTable>;
