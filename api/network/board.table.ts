import type { Generated, Selectable } from 'kysely';
import type { Locale } from '../i18n/locale.ts';

/** A board post is `published`, `hidden` (enough members reported it; until a coordinator decides) or `removed` by a coordinator or its author. */
export const boardStates = ['published', 'hidden', 'removed'] as const;
export type BoardState = (typeof boardStates)[number];

/** A members' discussion thread; `member_id` is null once its author's data was erased ("Former member"). */
export interface BoardThreadTable {
  id: Generated<number>;
  member_id: number | null;
  title: string;
  body: string;
  lang: Locale;
  state: BoardState;
  created_at: string;
  edited_at: string | null;
  /** When its last reply was written (or its own creation): the board lists threads by it. */
  active_at: string;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
  /** When a digest first told members about it; null until then. */
  digested_at: string | null;
}

export interface BoardReplyTable {
  id: Generated<number>;
  thread_id: number;
  member_id: number | null;
  body: string;
  lang: Locale;
  state: BoardState;
  created_at: string;
  edited_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
}

/** A member's report of a thread or a reply (exactly one), once per member. */
export interface BoardReportTable {
  id: Generated<number>;
  thread_id: number | null;
  reply_id: number | null;
  member_id: number;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export type BoardThread = Selectable<BoardThreadTable>;
export type BoardReply = Selectable<BoardReplyTable>;
export type BoardReport = Selectable<BoardReportTable>;
