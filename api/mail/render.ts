import { trendAlertEnvelope } from '../abuse/trend-alert.service.ts';
import { signInEnvelope } from '../admin/sign-in.service.ts';
import { commentDecisionEnvelope } from '../comments/comment-decisions.envelope.ts';
import type { Db } from '../db/database.ts';
import { localePath } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { joinEnvelope, joinMailKinds } from '../network/join.envelope.ts';
import { findLetter } from '../letters/letter.service.ts';
import type { Signature } from '../signatures/signature.table.ts';
import { memberEnvelope } from '../network/member.envelope.ts';
import { boardEnvelope } from '../network/board.envelope.ts';
import { rightsEnvelope } from '../rights/rights.envelope.ts';
import { supportEnvelope } from '../support/support.envelope.ts';
import { commentEnvelope } from '../comments/comment.envelope.ts';
import { tokenBatch, tokenExpiry, tokenLifetimeDays } from '../tokens/token.service.ts';
import { updateEnvelope, updateTestEnvelope } from '../updates/update.envelope.ts';
import type { OutboxMail } from './outbox.table.ts';
import type { SenderDeps } from './sender.ts';
import { organisationApprovedMail, organisationRejectedMail } from './templates/organisation.mails.ts';
import { alreadySignedMail, confirmMail } from './templates/signature.mails.ts';
import type { Envelope } from './transport.ts';

/** A claimed mail as it will leave; no envelope: nothing to send any more (the signature went, or is confirmed). */
export type Prepared = { mail: OutboxMail; envelope?: Envelope; note?: string };

type Batch = { signatures: Map<number, Signature>; tokens: ReturnType<typeof tokenBatch> };

/**
 * Writes the claimed mails, in the claim's transaction. The signers of the whole batch are read
 * in one query and their tokens stored in one insert: under a rush the sender makes hundreds of
 * mails a second, and a few statements a batch leave the database to the signers. A mail that
 * cannot be written (its letter gone from content/) is set aside and does not hold up the rest.
 */
export async function renderBatch(deps: SenderDeps, tx: Db, mails: OutboxMail[], now: Date) {
  const ids = mails.flatMap((m) => (m.signature_id === null ? [] : [m.signature_id]));
  const found = ids.length === 0 ? [] : await tx.selectFrom('signatures').selectAll().where('id', 'in', ids).execute();
  const batch: Batch = { signatures: new Map(found.map((s) => [s.id, s])), tokens: tokenBatch(now) };
  const prepared: Prepared[] = [];
  const unwritable: { mail: OutboxMail; error: unknown }[] = [];
  for (const mail of mails) {
    try {
      prepared.push(await render(deps, tx, mail, now, batch));
    } catch (error) {
      unwritable.push({ mail, error });
    }
  }
  await batch.tokens.save(tx);
  return { prepared, unwritable };
}

async function render(deps: SenderDeps, db: Db, mail: OutboxMail, now: Date, { signatures, tokens }: Batch): Promise<Prepared> {
  if (mail.kind === 'update_test') return { mail, envelope: await updateTestEnvelope(deps, db, mail, deps.publicOrigin) };
  if (mail.kind === 'update') return { mail, envelope: await updateEnvelope(deps, db, mail, deps.publicOrigin, now) };
  if (mail.comment_id !== null && (mail.kind === 'comment_approved' || mail.kind === 'comment_rejected')) return { mail, envelope: await commentDecisionEnvelope(db, mail.kind, mail.comment_id, deps.publicOrigin) };
  if (mail.kind === 'member_sign_in' || mail.kind === 'member_reconfirm') return { mail, envelope: await memberEnvelope(db, mail, deps.publicOrigin, now) };
  if (mail.kind === 'network_digest' || mail.kind === 'board_removed') return { mail, envelope: await boardEnvelope(db, mail, deps.publicOrigin) };
  if (mail.sign_in_id !== null) {
    const envelope = await signInEnvelope(db, mail.sign_in_id, deps.publicOrigin, now);
    return { mail, envelope };
  }
  if (mail.alert_id !== null) return { mail, envelope: await trendAlertEnvelope(deps, db, mail.alert_id, deps.publicOrigin) };
  if (mail.rights_request_id !== null) {
    return { mail, envelope: await rightsEnvelope(deps, db, mail.rights_request_id, deps.publicOrigin, now) };
  }
  if (mail.support_id !== null) {
    return { mail, ...(await supportEnvelope(deps, db, mail.kind, mail.support_id, deps.publicOrigin, now)) };
  }
  if (mail.comment_id !== null && (mail.kind === 'comment_confirm' || mail.kind === 'comment_posted')) return { mail, ...(await commentEnvelope(db, mail.kind, mail.comment_id, deps.publicOrigin, now)) };
  if (mail.member_id !== null && joinMailKinds.includes(mail.kind)) return { mail, ...(await joinEnvelope(db, mail.kind, mail.member_id, deps.publicOrigin, now)) };
  if (mail.signature_id === null) return { mail };
  const s = signatures.get(mail.signature_id);
  if (!s || s.state === 'withdrawn') return { mail };
  // A confirmation is moot once the signature is confirmed (by an earlier mail's link).
  if (mail.kind === 'confirm' && s.state !== 'pending') return { mail };
  const letter = findLetter(deps, s.letter);
  // Every mail speaks the signer's language, and its links open the pages in it (/cy/… for Welsh).
  const locale = s.locale;
  const link = (path: string) => `${deps.publicOrigin}${localePath(locale, path)}`;
  // Tokens are made at send time, so the database never holds one in the clear.
  const withdrawUrl = link(`/withdraw/${tokens.issue(s.id, 'withdraw')}`);
  const letterTitle = letterText(letter, locale).title;
  const common = { locale, origin: deps.publicOrigin, name: s.name, letterTitle, letterUrl: link(`/letters/${letter.slug}`), withdrawUrl };
  if (mail.kind === 'confirm') {
    const confirmUrl = link(`/confirm/${tokens.issue(s.id, 'confirm')}`);
    const validity = { validDays: tokenLifetimeDays, validUntil: tokenExpiry(now) };
    return { mail, envelope: { to: s.email, ...confirmMail({ ...common, ...validity, confirmUrl }) }, note: `confirm link: ${confirmUrl}` };
  }
  if (mail.kind === 'organisation_approved') {
    return { mail, envelope: { to: s.email, ...organisationApprovedMail({ ...common, organisation: s.organisation ?? '' }) } };
  }
  if (mail.kind === 'organisation_rejected') {
    const reason = s.authority_reason ?? '';
    return { mail, envelope: { to: s.email, ...organisationRejectedMail({ ...common, organisation: s.organisation ?? '', reason }) } };
  }
  return { mail, envelope: { to: s.email, ...alreadySignedMail(common) } };
}
