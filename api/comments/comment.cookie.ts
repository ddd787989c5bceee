import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { sharedKey } from '../settings/shared-key.ts';
import { sameHash } from '../tokens/secret.ts';

/**
 * This browser's own comments, for a day: the post page shows their author a comment that waits
 * for approval (and no one else). The ids are signed with a key kept in the database (one for
 * every server), so a cookie cannot be written by hand to read someone else's waiting comment.
 */
export const myCommentsCookie = 'llofnod_comments';
export const myCommentsMaxAge = 24 * 60 * 60;
const keyName = 'comment_cookie_key';
const remembered = 20;

const keyOf = (db: Db) => sharedKey(db, keyName);

const sign = (key: string, ids: string) => createHmac('sha256', key).update(ids).digest('base64url');

/** The comment ids a cookie vouches for; none for a missing, old or forged one. */
export async function myComments(db: Db, cookie: string | undefined): Promise<number[]> {
  const [ids, mac] = (cookie ?? '').split('.');
  if (!ids || !mac || !/^\d+(-\d+)*$/.test(ids)) return [];
  if (!sameHash(sign(await keyOf(db), ids), mac)) return [];
  return ids.split('-').map(Number);
}

/** The cookie's new value with one more comment (the newest few are kept). */
export async function withMyComment(db: Db, cookie: string | undefined, ...add: number[]): Promise<string> {
  const ids = [...new Set([...(await myComments(db, cookie)), ...add])].slice(-remembered).join('-');
  return `${ids}.${sign(await keyOf(db), ids)}`;
}
