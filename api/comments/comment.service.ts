import { inRange } from '../abuse/client-address.ts';
import { lockName } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import type { Member } from '../network/member.table.ts';
import { CommenterBlockedError, CommentsClosedError, MembersOnlyError, InvalidInputError, NotFoundError, TokenInvalidError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { consentRecord } from '../privacy/consent.schema.ts';
import { emailKey } from '../signatures/email.ts';
import { hashSecret, isSecretShape, sameHash } from '../tokens/secret.ts';
import { commentPolicyOf } from './comment.policy.ts';
import { type Post, findPost } from './comment.posts.ts';
import { findComment, insertComment, commentsOf, sentSince, updateComment } from './comment.repository.ts';
import { commentsOpen, heldForText, holdReasonsFor, membersOnly } from './comment.rules.ts';
import { type CommentInput, type MemberCommentInput, commentInputSchema, memberCommentInputSchema } from './comment.schema.ts';
import type { Commenter } from './comment.table.ts';
import { confirmMailsSince, findCommenterByConfirmHash, findCommenterByKey, insertCommenter, updateCommenter } from './commenter.repository.ts';

/** The author may correct or delete a comment for this long after posting (or after confirming their address). */
export const editWindowMs = 15 * 60 * 1000;
/** As for signatures: however often an address is typed in, its mailbox hears at most this many confirmations a day. */
export const confirmMailsPerDay = 3;
const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
export const maxDepth = 3;

export const editUntil = (at: Date) => new Date(at.getTime() + editWindowMs).toISOString();

/** A signed-in member's comment asks neither name nor address (comment.schema.ts). */
export function parseComment(body: unknown): CommentInput;
export function parseComment(body: unknown, member: Member | undefined): CommentInput | MemberCommentInput;
export function parseComment(body: unknown, member?: Member): CommentInput | MemberCommentInput {
  const parsed = (member ? memberCommentInputSchema : commentInputSchema).safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data;
}

/** The post, if it exists; an unknown post is a 404 before anything else. */
export function postOf(slug: string): Post {
  const post = findPost(slug);
  if (!post) throw new NotFoundError('post');
  return post;
}

/**
 * The post, if it takes comments now from this sender: a closed one says so before any field is
 * judged, and a members-only one refuses anyone not signed in as a member.
 */
export function openPost(deps: Pick<Deps, 'clock' | 'comments'>, slug: string, member?: Member): Post {
  const post = postOf(slug);
  if (!commentsOpen(post, commentPolicyOf(deps), deps.clock())) throw new CommentsClosedError();
  if (membersOnly(post) && member?.state !== 'active') throw new MembersOnlyError();
  return post;
}

/** Where a comment came from: the client's address (for the rate limit), and whether the form looked filled in by a bot. */
export type SentFrom = { address?: string; automated?: boolean };
export type Sent = { id: number; state: 'unconfirmed' | 'held' | 'published' };

/**
 * Keeps a comment with its mail in one transaction. An unconfirmed address is mailed a link
 * (the comment waits, `unconfirmed`); a confirmed one gets the edit link. A blocked address is
 * refused and nothing kept; anything else a rule dislikes is kept and held, never refused.
 *
 * A signed-in member (`member`, active) writes under their own name and address: a coordinator
 * approved them and they confirmed the address when they joined, so their commenter row is
 * confirmed and trusted at once (no mail to confirm, not held as a first comment); the other
 * rules hold them as anyone.
 */
export async function postComment(
  deps: Deps,
  slug: string,
  sent: CommentInput | MemberCommentInput,
  locale: Locale,
  from: SentFrom = {},
  member?: Member,
): Promise<Sent> {
  const post = openPost(deps, slug, member);
  const policy = commentPolicyOf(deps);
  const now = deps.clock();
  const input = member ? { ...sent, name: member.name, email: member.email } : (sent as CommentInput);
  return deps.db.transaction().execute(async (tx) => {
    const key = emailKey(input.email);
    // One comment by an address at a time, across servers, so the limits count true.
    await lockName(tx, `commenter:${key}`);
    const known = await findCommenterByKey(tx, key);
    if (known?.blocked_at) throw new CommenterBlockedError();
    const parent = input.parent === undefined ? undefined : await findComment(tx, input.parent);
    if (input.parent !== undefined && (!parent || parent.post !== post.slug || parent.state !== 'published')) {
      throw new InvalidInputError({ parent: { key: 'parent.unknown' } });
    }
    if (parent && parent.depth >= maxDepth) throw new InvalidInputError({ parent: { key: 'parent.tooDeep' } });
    const consent = consentRecord(input, now);
    let commenter: Commenter;
    const vouched = member ? { confirmed_at: known?.confirmed_at ?? now.toISOString(), trusted_at: known?.trusted_at ?? now.toISOString() } : {};
    if (known) {
      commenter = { ...known, ...vouched };
      await updateCommenter(tx, known.id, { ...consent, ...vouched });
    } else {
      commenter = await insertCommenter(tx, { email: input.email, email_key: key, locale, created_at: now.toISOString(), ...consent, ...vouched });
    }
    const hourAgo = new Date(now.getTime() - hourMs);
    // An address the signing limits spare (SIGN_LIMIT_ALLOW: a campaign stall, a university) is spared here too; its commenters are not.
    const limitedAddress = from.address !== undefined && !(deps.abuse?.allow ?? []).some((range) => inRange(from.address!, range)) ? from.address : undefined;
    const overRate =
      (await sentSince(tx, { commenterId: commenter.id }, hourAgo)) >= policy.perHour ||
      (limitedAddress !== undefined && (await sentSince(tx, { address: limitedAddress }, hourAgo)) >= policy.perHour);
    const reasons = holdReasonsFor(input.body, { commenter, overRate, suspicious: from.automated === true }, policy);
    const state = !commenter.confirmed_at ? 'unconfirmed' : reasons.length > 0 ? 'held' : 'published';
    const id = await insertComment(tx, {
      post: post.slug,
      parent_id: parent?.id ?? null,
      depth: parent ? parent.depth + 1 : 1,
      commenter_id: commenter.id,
      member_id: member?.id ?? null,
      author_name: input.name,
      body: input.body,
      lang: input.lang ?? locale,
      state,
      held_for: heldForText(reasons),
      client_address: from.address ?? null,
      created_at: now.toISOString(),
      published_at: state === 'published' ? now.toISOString() : null,
      edit_expires_at: state === 'unconfirmed' ? null : editUntil(now),
    });
    if (state !== 'unconfirmed') await enqueueMail(tx, 'comment_posted', { commentId: id }, now);
    else if ((await confirmMailsSince(tx, commenter.id, new Date(now.getTime() - dayMs))) < confirmMailsPerDay) {
      await enqueueMail(tx, 'comment_confirm', { commentId: id }, now);
    }
    return { id, state };
  });
}

/** The commenter a confirmation link belongs to, if it still works (GET: nothing changes). */
export async function describeConfirmLink(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<Commenter> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const commenter = await findCommenterByConfirmHash(deps.db, hash);
  if (!commenter?.confirm_hash || !sameHash(commenter.confirm_hash, hash)) throw new TokenInvalidError('unknown');
  if (commenter.confirmed_at) throw new TokenInvalidError('used');
  if (!commenter.confirm_expires_at || commenter.confirm_expires_at <= deps.clock().toISOString()) throw new TokenInvalidError('expired');
  return commenter;
}

export type Confirmed = { post: string; comments: number[] };

/**
 * Confirms an address once. Its waiting comments move on (a first comment waits for a
 * campaigner), and each gets its edit link, the window counted from now.
 */
export async function confirmCommenter(deps: Deps, raw: string): Promise<Confirmed> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const commenter = await describeConfirmLink({ ...deps, db: tx }, raw);
    const { numUpdatedRows } = await tx
      .updateTable('commenters')
      .set({ confirmed_at: now.toISOString() })
      .where('id', '=', commenter.id)
      .where('confirmed_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (numUpdatedRows !== 1n) throw new TokenInvalidError('used');
    const waiting = await commentsOf(tx, commenter.id, ['unconfirmed']);
    for (const c of waiting) {
      const published = c.held_for === null;
      await updateComment(tx, c.id, {
        state: published ? 'published' : 'held',
        published_at: published ? now.toISOString() : null,
        edit_expires_at: editUntil(now),
      });
      await enqueueMail(tx, 'comment_posted', { commentId: c.id }, now);
    }
    const latest = waiting.at(-1) ?? (await commentsOf(tx, commenter.id, ['held', 'published'])).at(-1);
    return { post: latest?.post ?? '', comments: waiting.map((c) => c.id) };
  });
}
