import { networkOf } from '../abuse/client-address.ts';
import { type AbusePolicy, defaultAbusePolicy, overLimits } from '../abuse/sign-limits.ts';
import type { Db } from '../db/database.ts';
import { groupCommit } from '../db/group-commit.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { log } from '../log/logger.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import type { Letter } from '../letters/letter.catalogue.ts';
import { enqueueMail, enqueueSignatureMails, mailsSince } from '../mail/outbox.repository.ts';
import type { MailKind } from '../mail/outbox.table.ts';
import { logoFromField } from '../organisations/logo.ts';
import { consentRecord } from '../privacy/consent.schema.ts';
import { emailKey } from './email.ts';
import { addressOf, insertSignature, insertSignatures, lockByEmailKey, updateSignature } from './signature.repository.ts';
import { type SignatureInput, signatureInputSchema, tokenInputSchema } from './signature.schema.ts';
import type { NewSignature, SignatureFlag } from './signature.table.ts';

/** At most this many mails to one signer a day, however often their address is typed in. */
export const dailyMailCap = 3;
const dayMs = 24 * 60 * 60 * 1000;

/** Lower-case and strip accents, so a search for "sian" finds "Siân" on SQLite and PostgreSQL alike. */
export const searchKey = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Where a signature was sent from, and what the page's form noticed about how it was sent. */
export type SentFrom = { address?: string; suspicion?: 'honeypot' | 'too_fast' };

function rowFrom(letter: string, input: SignatureInput, locale: Locale, now: Date, { address }: SentFrom): NewSignature {
  return {
    letter,
    state: 'pending',
    kind: input.kind,
    name: input.name,
    search_name: searchKey(input.name),
    email: input.email,
    email_key: emailKey(input.email),
    organisation: input.organisation ?? null,
    organisation_type: input.organisation_type ?? null,
    website: input.website ?? null,
    role: input.role ?? null,
    place: input.place ?? null,
    country: input.country,
    area: input.area ?? null,
    comment: input.comment ?? null,
    show_name: input.show_name ? 1 : 0,
    updates: input.updates ? 1 : 0,
    locale,
    source: 'web',
    created_at: now.toISOString(),
    verified_at: null,
    withdrawn_at: null,
    authority: null,
    authority_by: null,
    authority_at: null,
    authority_reason: null,
    logo: null,
    notable: 0,
    client_address: address ?? null,
    client_network: address ? networkOf(address) : null,
    flag: null,
    ...consentRecord(input, now),
    updates_consented_at: input.updates ? now.toISOString() : null,
  };
}

async function mailCapped(db: Db, kind: MailKind, signatureId: number, now: Date): Promise<void> {
  if ((await mailsSince(db, signatureId, new Date(now.getTime() - dayMs))) < dailyMailCap) {
    await enqueueMail(db, kind, signatureId, now);
  }
}

type SignJob = { row: NewSignature & { logo: string | null }; suspicion: SentFrom['suspicion']; policy: AbusePolicy };

/**
 * Why each new row is set aside, if it is: what the form noticed, or its network over the
 * limits (api/abuse/sign-limits.ts). A row set aside gets the same answer as any other, and
 * waits, unmailed and uncounted, for a campaigner.
 */
async function flagsFor(tx: Db, jobs: SignJob[]): Promise<(SignatureFlag | null)[]> {
  const signings = jobs.map(({ row }) => ({ letter: row.letter, address: row.client_address ?? null, network: row.client_network ?? null, at: row.created_at }));
  const over = await overLimits(tx, signings, jobs[0]!.policy);
  return jobs.map((j, i) => j.suspicion ?? (over[i] ? 'rate_limit' : null));
}

const judged = (row: SignJob['row'], flag: SignatureFlag | null) => (flag ? { ...row, state: 'fraudulent' as const, flag } : row);

/**
 * One signature's statements inside a batch (see `signing`): whatever the address has done
 * before, the caller learns nothing; only the mailbox hears that it had already signed.
 * Returns the logo no row keeps, if any.
 */
async function signOne(tx: Db, job: SignJob): Promise<string | null> {
  const [flag = null] = await flagsFor(tx, [job]);
  const row = judged(job.row, flag);
  const now = new Date(row.created_at);
  const id = await insertSignature(tx, row);
  if (id !== undefined) {
    if (!flag) await enqueueMail(tx, 'confirm', id, now);
    return null;
  }
  // Locked: two servers taking the same address at once send at most the day's mails, and start afresh once.
  const existing = await lockByEmailKey(tx, row.letter, row.email_key);
  if (!existing) throw new Error('signature vanished inside its transaction');
  // Sending an address again adds no row, so no limit: only what the form noticed holds its mail back.
  const suspect = job.suspicion !== undefined;
  if (existing.state === 'verified') {
    if (!suspect) await mailCapped(tx, 'already_signed', existing.id, now);
    return row.logo;
  }
  // Set aside: it waits for a campaigner, whatever is sent again.
  if (existing.state === 'fraudulent') return row.logo;
  const afresh = existing.state === 'withdrawn';
  if (afresh) {
    // Signing again after withdrawing starts afresh, with what was typed (and sent) this time.
    await updateSignature(tx, existing.id, { ...row, created_at: existing.created_at, withdrawn_at: null });
  }
  if (!(afresh ? flag : suspect)) await mailCapped(tx, 'confirm', existing.id, now);
  return afresh ? existing.logo : row.logo;
}

/**
 * A batch of signatures as one insert and one insert of their mails: new addresses, the usual
 * case in a rush, are settled here; an address seen before (or twice in this batch) is left to
 * `signOne`, which decides what its mailbox hears.
 */
async function signAll(tx: Db, jobs: SignJob[]): Promise<Array<{ value: string | null } | undefined>> {
  const flags = await flagsFor(tx, jobs);
  const ids = await insertSignatures(tx, jobs.map((j, i) => judged(j.row, flags[i]!)));
  const settled: Array<{ value: string | null } | undefined> = [];
  const mails: { signatureId: number; now: Date }[] = [];
  for (const [i, { row }] of jobs.entries()) {
    const address = addressOf(row);
    const id = ids.get(address);
    ids.delete(address);
    if (id !== undefined && !flags[i]) mails.push({ signatureId: id, now: new Date(row.created_at) });
    settled.push(id === undefined ? undefined : { value: null });
  }
  await enqueueSignatureMails(tx, 'confirm', mails);
  return settled;
}

/** Signatures that arrive together share one transaction and one fsync (api/db/group-commit.ts). */
const queues = new WeakMap<Db, ReturnType<typeof groupCommit<SignJob, string | null>>>();
function signing(db: Db) {
  let queue = queues.get(db);
  // Addresses taken in one order, whichever server's batch: see groupCommit's lockOrder.
  const lockOrder = ({ row }: SignJob) => addressOf(row);
  if (!queue) queues.set(db, (queue = groupCommit(db, signOne, { lockOrder, together: signAll })));
  return queue;
}

/**
 * Records a signature (pending until its email is confirmed) and its mail in one transaction,
 * shared with whoever signs at the same moment; resolves once that transaction has committed.
 * `letter` is as `openLetter` found it a moment before (open, the site not paused): the caller
 * says a closed letter before judging any field, and it is not read twice.
 *
 * An organisation's logo (already made safe by prepareLogo) is written and synced before the
 * row that points at it; a logo no row keeps is removed. Like every other detail, a new logo
 * counts only when the signature starts afresh: while one is pending, the first details stand,
 * so whoever types someone else's address cannot change what that person is about to confirm.
 */
export async function sign(deps: Deps, letter: Letter, input: SignatureInput, locale: Locale, logo?: Uint8Array, from: SentFrom = {}): Promise<void> {
  const now = deps.clock();
  const logoKey = logo ? await deps.uploads.save('logo', logo) : null;
  const policy = deps.abuse ?? defaultAbusePolicy;
  let unused: string | null;
  try {
    unused = await signing(deps.db).submit({ row: { ...rowFrom(letter.slug, input, locale, now, from), logo: logoKey }, suspicion: from.suspicion, policy });
  } catch (error) {
    if (logoKey) await forget(deps, logoKey);
    throw error;
  }
  if (unused) await forget(deps, unused);
}

/** An orphan file harms no one; failing a signature that is already stored would. */
async function forget(deps: Deps, key: string): Promise<void> {
  await deps.uploads.remove(key).catch((error: unknown) => log.warn({ err: error, upload: key }, 'could not remove an upload'));
}

/**
 * A signature as sent, page or API: the fields parsed with the shared schema and, for an
 * organisation, its logo made safe (an individual's is ignored). A problem with any of them is
 * the contract's 422, every field named at once, the logo's beside the others.
 */
export async function parseSignature(body: Record<string, unknown>): Promise<{ input: SignatureInput; logo: Buffer | undefined }> {
  const parsed = signatureInputSchema.safeParse(body);
  const problems = parsed.success ? {} : fieldProblems(parsed.error);
  let logo: Buffer | undefined;
  if ((parsed.success ? parsed.data.kind : body['kind']) === 'organisation') {
    try {
      logo = await logoFromField(body['logo']);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      Object.assign(problems, error.problems);
    }
  }
  if (!parsed.success || Object.keys(problems).length > 0) throw new InvalidInputError(problems);
  return { input: parsed.data, logo };
}

/** Parses a body with the shared schema; a bad one becomes the contract's 422 with every field named. */
export function parseSignatureInput(body: unknown): SignatureInput {
  const parsed = signatureInputSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data;
}

/** The token a JSON caller sends to confirm or withdraw; a missing one is a 422 naming `token`. */
export function parseTokenInput(body: unknown): string {
  const parsed = tokenInputSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data.token;
}
