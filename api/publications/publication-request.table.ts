import type { Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';
import type { AccessibleFormat } from './publication-request.schema.ts';

/** A reader's request for a publication in another format; open until a campaigner marks it done. */
export interface PublicationRequestTable {
  id: Generated<number>;
  /** The publication's slug. */
  publication: string;
  /** The page's language: the one to answer in. */
  locale: Locale;
  name: string;
  /** As typed; seen only by campaigners, found and erased by a data request through `email_key`. */
  email: string;
  email_key: string;
  format: AccessibleFormat;
  details: string | null;
  consent_version: string;
  notice_version: string;
  consented_at: string;
  created_at: string;
  done_at: string | null;
}
export type PublicationRequest = Selectable<PublicationRequestTable>;
export type NewPublicationRequest = Insertable<PublicationRequestTable>;
