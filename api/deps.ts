import type { AbusePolicy } from './abuse/sign-limits.ts';
import type { ModerationPolicy } from './comments/moderation.policy.ts';
import type { CommentPolicy } from './comments/comment.policy.ts';
import type { Db } from './db/database.ts';
import type { LetterCatalogue } from './letters/letter.catalogue.ts';
import type { Uploads } from './uploads/upload.store.ts';

/** What every service needs; tests build it with a fresh database and a fixed clock. */
export type Deps = {
  db: Db;
  /** The long reads' own handle (exports, snapshots, the delivery pack): api/db/reader.ts. */
  reader: Db;
  letters: LetterCatalogue;
  clock: () => Date;
  /** Files people send (PDFs of letters of support, organisations' logos), kept outside the web root. */
  uploads: Uploads;
  /** Signing limits and the form's checks (api/abuse/sign-limits.ts); the defaults when absent. */
  abuse?: AbusePolicy;
  /** How readers' reports of comments weigh (api/comments/moderation.policy.ts); the defaults when absent. */
  moderation?: ModerationPolicy;
  /** How many members' reports hide a board post (BOARD_REPORTS_TO_HIDE); api/network/board.service.ts has the default. */
  board?: { reportsToHide: number };
  /** Readers' comments: how long posts take them, the hold list (api/comments/comment.policy.ts); the defaults when absent. */
  comments?: CommentPolicy;
};
