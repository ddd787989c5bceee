import type { Db } from '../db/database.ts';
import { cy } from '../i18n/comments/cy.ts';
import { en } from '../i18n/comments/en.ts';
import type { Locale } from '../i18n/locale.ts';
import type { DirectoryField } from '../network/member.table.ts';
import type { Post } from './comment.posts.ts';
import { membersOnly } from './comment.rules.ts';
import type { Comment } from './comment.table.ts';

/** What a comment's member still is, read once for every comment under a post. */
type Behind = { active: boolean; inDirectory: boolean };

export async function membersBehind(db: Db, rows: readonly Comment[]): Promise<Map<number, Behind>> {
  const ids = [...new Set(rows.flatMap((c) => (c.member_id === null ? [] : [c.member_id])))];
  if (ids.length === 0) return new Map();
  const members = await db.selectFrom('members').select(['id', 'state', 'shown', 'lapsed_at']).where('id', 'in', ids).execute();
  return new Map(
    members.map((m) => [
      m.id,
      { active: m.state === 'active', inDirectory: m.state === 'active' && m.lapsed_at === null && (JSON.parse(m.shown) as DirectoryField[]).includes('name') },
    ]),
  );
}

/**
 * Who a comment is shown as. A member who has left (or been removed) is "Former member": their
 * name went with their profile, their words stay. The "Member" tag never tells what the member
 * hid: it shows on a members-only post, where every commenter is a member anyway, and elsewhere
 * only when the directory already shows their name.
 */
export function authorOf(c: Comment, behind: ReadonlyMap<number, Behind>, post: Pick<Post, 'comments'> | undefined, locale: Locale): { name: string; member: boolean; former: boolean } {
  if (c.member_id === null) return { name: c.author_name, member: false, former: false };
  const m = behind.get(c.member_id);
  if (!m?.active) return { name: { en, cy }[locale].formerMember, member: false, former: true };
  return { name: c.author_name, member: (post !== undefined && membersOnly(post)) || m.inDirectory, former: false };
}
