import type { Generated, Selectable } from 'kysely';

export const mailKinds = [
  'confirm',
  'already_signed',
  'admin_sign_in',
  'organisation_approved',
  'organisation_rejected',
  'support_confirm',
  'support_published',
  'support_rejected',
  'update',
  'update_test',
  'trend_alert',
  'rights',
  'comment_confirm',
  'comment_posted',
  'comment_approved',
  'comment_rejected',
  'member_confirm',
  'member_approved',
  'member_declined',
  'member_sign_in',
  'member_reconfirm',
  'network_digest',
  'board_removed',
] as const;
export type MailKind = (typeof mailKinds)[number];

/**
 * A mail that must be sent, written in the same transaction as the change that needs it.
 * The body is rendered only at send time, so confirm and withdraw tokens never rest in
 * the database in the clear.
 */
export interface OutboxTable {
  id: Generated<number>;
  kind: MailKind;
  /**
   * What the mail is about: a signature, a sign-in request, a letter of support, a trending
   * alert, a person's request about their data, a comment or a network member; exactly one is set.
   */
  signature_id: number | null;
  sign_in_id: number | null;
  support_id: number | null;
  /** A trending alert to one campaigner (api/abuse/trend-alert.service.ts). */
  alert_id: number | null;
  /** A person's request about their own data (api/rights/). */
  rights_request_id: number | null;
  /** A reader's comment on a post (api/comments/): its confirmation, its edit link, a campaigner's decision. */
  comment_id: number | null;
  /** A member of the practitioners' network (api/network/): confirmation, decision, sign-in link, the yearly question, the digest. */
  member_id: number | null;
  /** An update's mail: with signature_id (the signer) for `update`, with sign_in_id (the campaigner's own sign-in) for `update_test`. */
  update_id: number | null;
  created_at: string;
  attempts: number;
  /** When the mail is next due: after a failed try, the retry; while a sender holds it, the end of its lease. */
  next_attempt_at: string;
  /** The sender process holding the mail until next_attempt_at, or the one that sent it; null while it waits. */
  claimed_by: string | null;
  sent_at: string | null;
  /** Set when the mail can never be delivered (the address was refused). */
  failed_at: string | null;
  last_error: string | null;
}

export type OutboxMail = Selectable<OutboxTable>;

/** How many mails the senders of all servers claimed in one second (epoch seconds): SMTP_RATE's count. */
export interface MailSecondTable {
  second: number;
  claimed: number;
}
