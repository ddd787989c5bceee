import { lockName } from '../db/dialect.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, TokenInvalidError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { type Authority, domainMatches, publicAuthorities } from '../organisations/authority.ts';
import { consentRecord } from '../privacy/consent.schema.ts';
import { emailKey } from '../signatures/email.ts';
import { hashSecret, isSecretShape, sameHash } from '../tokens/secret.ts';
import { confirmMailsSince, findMemberByConfirmHash, findMemberByKey, insertMember, moveMember } from './join.repository.ts';
import { type MemberInput, memberInputSchema } from './member.schema.ts';
import type { Member, NewMember } from './member.table.ts';

/** As for signatures: however often an address is typed in, its mailbox hears at most this much a day. */
export const joinMailsPerDay = 3;
const dayMs = 24 * 60 * 60 * 1000;

export function parseMemberInput(body: unknown): MemberInput {
  const parsed = memberInputSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data;
}

/** What an application says, ready to store: unconfirmed, nothing decided, nothing shown but what was ticked. */
function application(input: MemberInput, key: string, locale: Locale, now: Date) {
  return {
    email: input.email,
    email_key: key,
    name: input.name,
    kind: input.kind,
    organisation: input.organisation ?? null,
    organisation_type: input.organisation_type ?? null,
    website: input.website ?? null,
    authority: null,
    role: input.role ?? null,
    area: input.area,
    practices: JSON.stringify(input.practices),
    profile: input.profile ?? null,
    shown: JSON.stringify(input.shown),
    principles_version: input.principles_version,
    locale,
    state: 'unconfirmed' as const,
    created_at: now.toISOString(),
    confirmed_at: null,
    decided_at: null,
    decided_by: null,
    reason: null,
    left_at: null,
    active_confirmed_at: null,
    reconfirm_asked_at: null,
    lapsed_at: null,
    ...consentRecord(input, now),
  } satisfies Partial<NewMember>;
}

/**
 * An application to join, unconfirmed until its email is confirmed, with its mail in the same
 * transaction. The caller answers the same whatever happened here: an address that already
 * belongs (or waits for a coordinator) changes nothing and is mailed nothing, so the answer
 * never tells anyone who is a member. An unconfirmed, declined or former member's address
 * starts again with what was typed now.
 */
export async function joinNetwork(deps: Pick<Deps, 'db' | 'clock'>, input: MemberInput, locale: Locale): Promise<void> {
  const now = deps.clock();
  const key = emailKey(input.email);
  await deps.db.transaction().execute(async (tx) => {
    // One application by an address at a time, across servers: its row is unique and the day's mails counted true.
    await lockName(tx, `member:${key}`);
    const existing = await findMemberByKey(tx, key);
    if (existing && (existing.state === 'active' || existing.state === 'awaiting_approval')) return;
    const row = application(input, key, locale, now);
    let id: number;
    if (existing) {
      id = existing.id;
      await tx.updateTable('members').set(row).where('id', '=', id).execute();
    } else {
      id = await insertMember(tx, { ...row, notable: 0, digest: 0, confirm_hash: null, confirm_expires_at: null });
    }
    if ((await confirmMailsSince(tx, id, new Date(now.getTime() - dayMs))) < joinMailsPerDay) await enqueueMail(tx, 'member_confirm', { memberId: id }, now);
  });
}

/** The application a confirmation link belongs to, if it still works (GET: nothing changes). */
export async function describeMemberLink(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<Member> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const member = await findMemberByConfirmHash(deps.db, hash);
  if (!member?.confirm_hash || !sameHash(member.confirm_hash, hash)) throw new TokenInvalidError('unknown');
  if (member.state !== 'unconfirmed') throw new TokenInvalidError('used');
  if (!member.confirm_expires_at || member.confirm_expires_at <= deps.clock().toISOString()) throw new TokenInvalidError('expired');
  return member;
}

const sameName = (a: string | null, b: string | null) => !!a && !!b && a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/**
 * The same check as an organisation's signature (api/organisations/authority.ts): an address at
 * the website's own domain speaks for it; so does an address whose organisation signature for
 * the same organisation a campaigner (or its domain) already verified. Anyone else waits for
 * the coordinator, who sees which it is.
 */
export async function memberAuthority(db: Db, m: Pick<Member, 'kind' | 'email' | 'email_key' | 'website' | 'organisation'>): Promise<Authority | null> {
  if (m.kind !== 'organisation') return null;
  if (m.website && domainMatches(m.email, m.website)) return 'domain_match';
  const signed = await db
    .selectFrom('signatures')
    .select('organisation')
    .where('email_key', '=', m.email_key)
    .where('kind', '=', 'organisation')
    .where('state', '=', 'verified')
    .where('authority', 'in', publicAuthorities)
    .execute();
  return signed.some((s) => sameName(s.organisation, m.organisation)) ? 'approved' : 'awaiting_approval';
}

/** Confirms the applicant's email once; the application then waits for a coordinator. */
export async function confirmMember(deps: Pick<Deps, 'db' | 'clock'>, raw: string): Promise<Member> {
  const now = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const member = await describeMemberLink({ ...deps, db: tx }, raw);
    const changes = { state: 'awaiting_approval' as const, confirmed_at: now, authority: await memberAuthority(tx, member) };
    if (!(await moveMember(tx, member.id, 'unconfirmed', changes))) throw new TokenInvalidError('used');
    return { ...member, ...changes };
  });
}
