import type { Generated, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/**
 * One person's request about their own data, made on /my-data: it answers by mail with a copy
 * of what is held under the address, a fresh withdraw link for each signature that stands, and
 * one link to erase it all. The erase link's token is made when the mail is sent (so it never
 * rests in the database in the clear) and only its hash is kept: `hash` and `expires_at` stay
 * null until then. Rows go after `rightsRequestKeptHours` (rights-request.service.ts).
 */
export interface RightsRequestTable {
  id: Generated<number>;
  /** The address as typed: the mail goes there. */
  email: string;
  /** Its emailKey (api/signatures/email.ts): what the copy and the erasure look up, and the hourly cap counts. */
  email_key: string;
  /** The language of the page it was asked from: the mail's and its links'. */
  locale: Locale;
  created_at: string;
  hash: string | null;
  expires_at: string | null;
  used_at: string | null;
}

export type RightsRequest = Selectable<RightsRequestTable>;
