import type { Kysely } from 'kysely';
import type { AbuseAlertTable } from '../abuse/abuse-alert.table.ts';
import type { CommenterTable, CommentReportTable, CommentTable } from '../comments/comment.table.ts';
import type { BulkActionSignatureTable, BulkActionTable } from '../abuse/bulk-action.table.ts';
import type { AuditTable } from '../admin/audit.table.ts';
import type { AdminSessionTable } from '../admin/session.table.ts';
import type { AdminSignInTable } from '../admin/sign-in.table.ts';
import type { DeliveryTable, ReplyTable } from '../delivery/delivery.table.ts';
import type { CounterTable } from '../counts/counter.table.ts';
import type { LetterOverrideTable } from '../letters/letter-override.table.ts';
import type { ListVersionTable } from '../lists/list-version.table.ts';
import type { LockTable } from '../locks/lock.table.ts';
import type { SettingsTable } from '../settings/settings.table.ts';
import type { MailSecondTable, OutboxTable } from '../mail/outbox.table.ts';
import type { SnapshotTable } from '../snapshots/snapshot.table.ts';
import type { PublicationRequestTable } from '../publications/publication-request.table.ts';
import type { RightsRequestTable } from '../rights/rights-request.table.ts';
import type { SignatureTable } from '../signatures/signature.table.ts';
import type { SupportLetterTable } from '../support/support.table.ts';
import type { TokenTable } from '../tokens/token.table.ts';
import type { UpdateTable } from '../updates/update.table.ts';

export interface Database {
  signatures: SignatureTable;
  tokens: TokenTable;
  counters: CounterTable;
  outbox: OutboxTable;
  mail_seconds: MailSecondTable;
  admin_sign_ins: AdminSignInTable;
  admin_sessions: AdminSessionTable;
  audit_log: AuditTable;
  support_letters: SupportLetterTable;
  deliveries: DeliveryTable;
  replies: ReplyTable;
  letter_overrides: LetterOverrideTable;
  settings: SettingsTable;
  updates: UpdateTable;
  list_versions: ListVersionTable;
  snapshots: SnapshotTable;
  locks: LockTable;
  bulk_actions: BulkActionTable;
  bulk_action_signatures: BulkActionSignatureTable;
  abuse_alerts: AbuseAlertTable;
  rights_requests: RightsRequestTable;
  commenters: CommenterTable;
  comments: CommentTable;
  comment_reports: CommentReportTable;
  publication_requests: PublicationRequestTable;
}

/** A database handle or an open transaction: repositories accept either. */
export type Db = Kysely<Database>;
