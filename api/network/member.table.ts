import type { Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';
import type { Authority } from '../organisations/authority.ts';
import type { OrganisationType } from '../organisations/organisation-type.ts';

/**
 * A member's life: `unconfirmed` until they confirm their email by the mailed link;
 * `awaiting_approval` until a network coordinator decides; `active` (a member), `declined`
 * (with a reason, told to them) or `left` (their profile and directory entry gone at once).
 */
export const memberStates = ['unconfirmed', 'awaiting_approval', 'active', 'declined', 'left'] as const;
export type MemberState = (typeof memberStates)[number];

/** The fields a member may show in the directory; each is hidden unless they chose it. */
export const directoryFields = ['name', 'organisation', 'role', 'area', 'practice', 'profile', 'website'] as const;
export type DirectoryField = (typeof directoryFields)[number];

export interface MemberTable {
  id: Generated<number>;
  /** As typed (trimmed); never shown to anyone but the coordinators. */
  email: string;
  /** Normalised for matching (api/signatures/email.ts), unique: one membership per address. */
  email_key: string;
  name: string;
  kind: 'individual' | 'organisation';
  organisation: string | null;
  organisation_type: OrganisationType | null;
  website: string | null;
  /** For an organisation, the same check as signatures (api/organisations/authority.ts). */
  authority: Authority | null;
  notable: number;
  role: string | null;
  /** A Welsh principal area's code (api/places/wales-areas.ts) or `beyond` (outside Wales). */
  area: string | null;
  /** JSON array of practice codes from configuration. */
  practices: string;
  /** Plain text, ≤ 1,000 characters. */
  profile: string | null;
  /** JSON array of DirectoryField: what the directory may show. */
  shown: string;
  /** The version of the network's principles they agreed to, and the consent wording and notice. */
  principles_version: string;
  consent_version: string | null;
  notice_version: string | null;
  consented_at: string | null;
  locale: Locale;
  state: MemberState;
  created_at: string;
  confirm_hash: string | null;
  confirm_expires_at: string | null;
  confirmed_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
  /** When they last said they are still active (approval counts as the first time). */
  active_confirmed_at: string | null;
  /** When the yearly question was mailed; unanswered 30 days later, `lapsed_at` is set. */
  reconfirm_asked_at: string | null;
  /** Out of the directory for not answering; one click brings them back. */
  lapsed_at: string | null;
  left_at: string | null;
  /** Opted in to the board's digest of new threads (RFC 8058 unsubscribe by `unsubscribe_hash`). */
  digest: number;
  unsubscribe_hash: string | null;
}

/** One request for a member's sign-in link; only the link's hash is kept. */
export interface MemberSignInTable {
  id: Generated<number>;
  member_id: number;
  locale: Locale;
  created_at: string;
  hash: string | null;
  expires_at: string | null;
  used_at: string | null;
}

/** A member's signed-in browser: the cookie holds a secret, only its hash is here. */
export interface MemberSessionTable {
  id: Generated<number>;
  hash: string;
  member_id: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberSignIn = Selectable<MemberSignInTable>;
export type MemberSession = Selectable<MemberSessionTable>;
