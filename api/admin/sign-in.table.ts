import type { Generated, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/**
 * One request for a sign-in link. The link's token is made when the mail is sent (so it never
 * rests in the database in the clear), and only its hash is kept: `hash` and `expires_at`
 * stay null until then.
 */
export interface AdminSignInTable {
  id: Generated<number>;
  /** Lower-cased, as ADMIN_EMAILS is compared. */
  email: string;
  /** The language of the form it was asked for from: the mail's and the link's. */
  locale: Locale;
  created_at: string;
  hash: string | null;
  expires_at: string | null;
  used_at: string | null;
}

export type AdminSignIn = Selectable<AdminSignInTable>;
