import type { Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/**
 * A letter of support's life: `pending` until its author confirms their email,
 * `awaiting_approval` until a campaigner reads it, then `published` (in the way its author
 * allowed) or `rejected` (with a reason, told to the author).
 */
export const supportStates = ['pending', 'awaiting_approval', 'published', 'rejected'] as const;
export type SupportState = (typeof supportStates)[number];

/** How much the author lets the public read; every level goes to the letter's recipient. */
export const publishLevels = ['full', 'extract', 'none'] as const;
export type PublishLevel = (typeof publishLevels)[number];

export interface SupportLetterTable {
  id: Generated<number>;
  letter: string;
  state: SupportState;
  author_name: string;
  role: string;
  organisation: string | null;
  country: string;
  email: string;
  email_key: string;
  /** Plain text; paragraphs are separated by a blank line. */
  body: string;
  extract: string;
  publish: PublishLevel;
  /** The upload store's key for the signed PDF, checked on the way in. */
  pdf: string | null;
  pdf_bytes: number | null;
  notable: number;
  locale: Locale;
  created_at: string;
  /** The confirmation link's hash, made when its mail is sent; the link itself is only in the mail. */
  confirm_hash: string | null;
  confirm_expires_at: string | null;
  confirmed_at: string | null;
  /** The campaigner's decision: when, who, and (for a rejection) why. `decided_at` is the publication time. */
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
  /** The consent wording and privacy notice the author was shown (api/privacy/privacy.versions.ts), and when they agreed; null for older rows. */
  consent_version: string | null;
  notice_version: string | null;
  consented_at: string | null;
}

export type SupportLetter = Selectable<SupportLetterTable>;
export type NewSupportLetter = Insertable<SupportLetterTable>;
