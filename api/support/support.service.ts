import { lockName } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import { TokenInvalidError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Letter } from '../letters/letter.catalogue.ts';
import { findLetter, openLetter } from '../letters/letter.service.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { consentRecord } from '../privacy/consent.schema.ts';
import { assertNotPaused } from '../settings/pause.service.ts';
import { emailKey } from '../signatures/email.ts';
import { hashSecret, isSecretShape, sameHash } from '../tokens/secret.ts';
import { parseWithPdf } from '../uploads/pdf.ts';
import { findSupportByHash, insertSupport, moveSupport, supportMailsSince } from './support.repository.ts';
import { type SupportInput, supportInputSchema } from './support.schema.ts';
import type { SupportLetter } from './support.table.ts';

/** As for signatures: however often an address is typed in, its mailbox hears at most this much a day. */
export const supportMailsPerDay = 3;
const dayMs = 24 * 60 * 60 * 1000;

export type SupportSubmission = { input: SupportInput; pdf: Uint8Array | undefined };

/**
 * Reads a letter of support as sent (form, multipart or JSON) with every problem named at once,
 * the PDF's among them. An empty file box (a form sent with no file chosen) means no PDF; a PDF
 * only comes as a file, never as text in JSON.
 */
export const parseSupportSubmission = (body: Record<string, unknown>): Promise<SupportSubmission> => parseWithPdf(supportInputSchema, body);

/**
 * Keeps a letter of support, pending until its author confirms their email, with its mail in the
 * same transaction. Every submission is its own letter (an author may send a revised one; a
 * campaigner reads both), so the caller always hears the same, and learns nothing of an address.
 */
export async function submitSupport(deps: Deps, slug: string, { input, pdf }: SupportSubmission, locale: Locale): Promise<void> {
  await openLetter(deps, slug);
  const now = deps.clock();
  // Written and synced before the row that points at it; removed again if the row is not kept.
  const pdfKey = pdf ? await deps.uploads.save('support-pdf', pdf) : null;
  try {
    await deps.db.transaction().execute(async (tx) => {
      const key = emailKey(input.email);
      // One submission by an address at a time, across servers, so the day's cap is counted true.
      await lockName(tx, `support-mail:${key}`);
      const mailed = await supportMailsSince(tx, key, new Date(now.getTime() - dayMs));
      const id = await insertSupport(tx, {
        letter: slug,
        state: 'pending',
        author_name: input.author_name,
        role: input.role,
        organisation: input.organisation ?? null,
        country: input.country,
        email: input.email,
        email_key: key,
        body: input.body,
        extract: input.extract,
        publish: input.publish,
        pdf: pdfKey,
        pdf_bytes: pdf?.byteLength ?? null,
        notable: 0,
        locale,
        created_at: now.toISOString(),
        confirm_hash: null,
        confirm_expires_at: null,
        confirmed_at: null,
        decided_at: null,
        decided_by: null,
        reason: null,
        ...consentRecord(input, now),
      });
      if (mailed < supportMailsPerDay) await enqueueMail(tx, 'support_confirm', { supportId: id }, now);
    });
  } catch (error) {
    if (pdfKey) await deps.uploads.remove(pdfKey);
    throw error;
  }
}

export type SupportTarget = { support: SupportLetter; letter: Letter };

/** The letter of support a confirmation link belongs to, if it still works (GET: nothing changes). */
export async function describeSupportLink(deps: Deps, raw: string): Promise<SupportTarget> {
  if (!isSecretShape(raw)) throw new TokenInvalidError('unknown');
  const hash = hashSecret(raw);
  const support = await findSupportByHash(deps.db, hash);
  if (!support?.confirm_hash || !sameHash(support.confirm_hash, hash)) throw new TokenInvalidError('unknown');
  if (support.confirmed_at) throw new TokenInvalidError('used', support.letter);
  if (!support.confirm_expires_at || support.confirm_expires_at <= deps.clock().toISOString()) {
    throw new TokenInvalidError('expired', support.letter);
  }
  return { support, letter: findLetter(deps, support.letter) };
}

/** Confirms the author's email once; the letter then waits for a campaigner to read it. */
export async function confirmSupport(deps: Deps, raw: string): Promise<SupportTarget> {
  // Paused: the link is left as it was, to work once the pause ends.
  await assertNotPaused(deps);
  const now = deps.clock().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const { support, letter } = await describeSupportLink({ ...deps, db: tx }, raw);
    const changes = { state: 'awaiting_approval' as const, confirmed_at: now };
    if (!(await moveSupport(tx, support.id, 'pending', changes))) throw new TokenInvalidError('used', support.letter);
    return { support: { ...support, ...changes }, letter };
  });
}
