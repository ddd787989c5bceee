import type { Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/**
 * A comment's life. `unconfirmed` until its author confirms their address by the mailed link;
 * `held` while it waits for a campaigner (a first comment, or one a rule held); `published`
 * for everyone to read; `rejected` (with a reason, told to the author) or `spam` (told nothing);
 * `deleted` by its author within the edit window or by an erasure. A published comment that
 * enough different people reported has `hidden_at` set until a campaigner decides.
 */
export const commentStates = ['unconfirmed', 'held', 'published', 'rejected', 'spam', 'deleted'] as const;
export type CommentState = (typeof commentStates)[number];

/** Why a comment waits for a campaigner; a comment may be held for several. */
export const holdReasons = ['first', 'links', 'words', 'rate', 'honeypot', 'reported'] as const;
export type HoldReason = (typeof holdReasons)[number];

/** One email address that comments: confirmed once, trusted after its first approved comment. */
export interface CommenterTable {
  id: Generated<number>;
  /** As typed (trimmed); never shown to anyone but the campaigners. */
  email: string;
  /** The address normalised for matching (api/signatures/email.ts), unique. */
  email_key: string;
  locale: Locale;
  created_at: string;
  /** The confirmation link's hash while one is out; the link itself is only in the mail. */
  confirm_hash: string | null;
  confirm_expires_at: string | null;
  confirmed_at: string | null;
  /** When a campaigner first approved one of their comments: later ones appear at once. */
  trusted_at: string | null;
  /** A campaigner blocked the address: its comments are refused with a clear message. */
  blocked_at: string | null;
  blocked_by: string | null;
  block_reason: string | null;
  consent_version: string | null;
  notice_version: string | null;
  consented_at: string | null;
}

export interface CommentTable {
  id: Generated<number>;
  /** The post's slug (content/posts/<slug>.md, the same slug in both languages). */
  post: string;
  /** The comment this one answers; depth 1 has none, replies go no deeper than 3. */
  parent_id: number | null;
  depth: number;
  commenter_id: number;
  /** The member of the network who wrote it signed in (api/network/); null for any other reader, or once the membership is erased. */
  member_id: Generated<number | null>;
  /** The name shown, as typed with this comment. */
  author_name: string;
  /** Plain text; paragraphs are separated by a blank line. */
  body: string;
  /** The language the comment is written in (marked with `lang` on the page). */
  lang: Locale;
  state: CommentState;
  /** Comma-separated HoldReason values, or null. */
  held_for: string | null;
  /** Set when reports from enough different people hide a published comment until a decision. */
  hidden_at: string | null;
  /** The network address it came from, for the rate limit; forgotten by the retention sweep. */
  client_address: string | null;
  created_at: string;
  published_at: string | null;
  edited_at: string | null;
  /** The edit/delete link's hash; the link works until edit_expires_at (15 minutes). */
  edit_hash: string | null;
  edit_expires_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
}

/** A reader's report of a comment; `reporter_key` is a hash, so different people can be told apart without keeping who. */
export interface CommentReportTable {
  id: Generated<number>;
  comment_id: number;
  reporter_key: string;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export type Commenter = Selectable<CommenterTable>;
export type Comment = Selectable<CommentTable>;
export type NewComment = Insertable<CommentTable>;
export type CommentReport = Selectable<CommentReportTable>;
