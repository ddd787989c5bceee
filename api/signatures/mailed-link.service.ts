import { type CountChange, applyCountChanges } from '../counts/counter.repository.ts';
import type { Db } from '../db/database.ts';
import { groupCommit } from '../db/group-commit.ts';
import type { Deps } from '../deps.ts';
import { findLetter } from '../letters/letter.service.ts';
import { touchList } from '../lists/list-version.ts';
import { authorityOnConfirm, isPublic } from '../organisations/authority.ts';
import { assertNotPaused } from '../settings/pause.service.ts';
import { checkToken, retireTokens, useToken } from '../tokens/token.service.ts';
import type { Token } from '../tokens/token.table.ts';
import { findSignature, lockSignature, updateSignature } from './signature.repository.ts';
import type { Signature } from './signature.table.ts';

export type TokenTarget = { signature: Signature; letter: ReturnType<typeof findLetter> };

/** What a mailed link points at, for the page it opens; changes nothing. */
export async function describeLink(deps: Deps, raw: string, purpose: 'confirm' | 'withdraw'): Promise<TokenTarget> {
  const token = await checkToken(deps.db, raw, purpose, deps.clock());
  const signature = await findSignature(deps.db, token.signature_id);
  if (!signature) throw new Error('token without signature');
  return { signature, letter: findLetter(deps, signature.letter) };
}

/**
 * Uses a mailed link once, inside the caller's transaction, and answers its signature locked
 * (signature.repository.ts) and as it is now: whatever another link or server did to it first.
 * The token was found before the batch; of racing uses exactly one gets through (useToken).
 */
async function useLink(tx: Db, token: Token, now: Date): Promise<Signature> {
  const s = await lockSignature(tx, token.signature_id);
  if (!s) throw new Error('token without signature');
  await useToken(tx, token, now);
  return s;
}

type LinkJob = { token: Token; purpose: 'confirm' | 'withdraw'; now: Date };
type Used = { signature: Signature; counted?: CountChange; at: Date };

/**
 * Confirms once: racing confirmations, of one link or of two links mailed to the signer, count
 * the signature exactly once. An organisation is counted only if its email proves it speaks
 * for the website it gave; any other waits, uncounted, for a campaigner
 * (api/organisations/organisation.service.ts).
 */
async function confirmOne(tx: Db, token: Token, now: Date): Promise<Used> {
  const s = await useLink(tx, token, now);
  if (s.state !== 'pending') return { signature: s, at: now };
  const changes = { state: 'verified' as const, verified_at: now.toISOString(), authority: authorityOnConfirm(s) };
  const verified = { ...s, ...changes };
  await updateSignature(tx, s.id, changes);
  return { signature: verified, at: now, ...(isPublic(verified) ? { counted: { signature: verified, delta: 1 } } : {}) };
}

/** Takes a signature out of counts, lists and exports; every link it was sent stops working. */
async function withdrawOne(tx: Db, token: Token, now: Date): Promise<Used> {
  const s = await useLink(tx, token, now);
  await updateSignature(tx, s.id, { state: 'withdrawn', withdrawn_at: now.toISOString() });
  await retireTokens(tx, s.id, now);
  return { signature: { ...s, state: 'withdrawn' }, at: now, ...(isPublic(s) ? { counted: { signature: s, delta: -1 } } : {}) };
}

/**
 * Confirmations and withdrawals that arrive together share one transaction (api/db/group-commit.ts),
 * and move the letter's counters and list version once for all of them: in a rush, every
 * confirmation of a popular letter writes its `total` row, and one write per batch keeps that
 * row from becoming the queue every signer waits in.
 */
async function countOnce(tx: Db, used: Used[]): Promise<void> {
  const counted = used.flatMap((u) => (u.counted ? [u.counted] : []));
  await applyCountChanges(tx, counted);
  const latest = new Map<string, Date>();
  for (const { signature, at } of used.filter((u) => u.counted)) {
    if (at > (latest.get(signature.letter) ?? new Date(0))) latest.set(signature.letter, at);
  }
  for (const [letter, at] of latest) await touchList(tx, letter, at);
}

const queues = new WeakMap<Db, ReturnType<typeof groupCommit<LinkJob, Used>>>();
function linkQueue(db: Db) {
  let queue = queues.get(db);
  const each = (tx: Db, { token, purpose, now }: LinkJob) => (purpose === 'confirm' ? confirmOne(tx, token, now) : withdrawOne(tx, token, now));
  // Signatures locked in id order, whichever server's batch: see groupCommit's lockOrder.
  const lockOrder = ({ token }: LinkJob) => String(token.signature_id).padStart(16, '0');
  if (!queue) queues.set(db, (queue = groupCommit(db, each, { afterAll: countOnce, lockOrder })));
  return queue;
}

async function useInBatch(deps: Deps, raw: string, purpose: LinkJob['purpose']): Promise<TokenTarget> {
  const now = deps.clock();
  const token = await checkToken(deps.db, raw, purpose, now);
  const { signature } = await linkQueue(deps.db).submit({ token, purpose, now });
  return { signature, letter: findLetter(deps, signature.letter) };
}

export async function confirm(deps: Deps, raw: string): Promise<TokenTarget> {
  // Paused: the link is left as it was, to work once the pause ends.
  await assertNotPaused(deps);
  return useInBatch(deps, raw, 'confirm');
}

export const withdraw = (deps: Deps, raw: string): Promise<TokenTarget> => useInBatch(deps, raw, 'withdraw');
