import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { type Locale, localePath } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { findLetter } from '../letters/letter.service.ts';
import type { OutboxMail } from '../mail/outbox.table.ts';
import { updateMail, updateTestMail } from '../mail/templates/update.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { findSignature } from '../signatures/signature.repository.ts';
import { issueUnsubscribeToken } from './unsubscribe.service.ts';
import { updateText } from './update.service.ts';

const findUpdateRow = (db: Db, id: number | null) =>
  id === null ? undefined : db.selectFrom('updates').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * One signer's copy of an update, or nothing when they no longer want it (unsubscribed,
 * withdrawn since it was queued): an unsubscribe takes effect even for mail already queued.
 * The unsubscribe token is made here, at send time.
 */
export async function updateEnvelope(deps: Deps, db: Db, mail: OutboxMail, origin: string, now: Date): Promise<Envelope | undefined> {
  const s = mail.signature_id === null ? undefined : await findSignature(db, mail.signature_id);
  if (!s || s.state !== 'verified' || s.updates !== 1) return undefined;
  const update = await findUpdateRow(db, mail.update_id);
  if (!update) return undefined;
  const letter = findLetter(deps, update.letter);
  const link = (path: string) => `${origin}${localePath(s.locale, path)}`;
  const unsubscribeUrl = link(`/unsubscribe/${await issueUnsubscribeToken(db, s.id, now)}`);
  const rendered = updateMail({
    locale: s.locale,
    origin,
    name: s.name,
    letterTitle: letterText(letter, s.locale).title,
    letterUrl: link(`/letters/${letter.slug}`),
    unsubscribeUrl,
    words: updateText(update, s.locale),
  });
  // RFC 2369 and RFC 8058: mail clients show their own button, which POSTs to the link.
  const headers = { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  return { to: s.email, ...rendered, headers };
}

/** The campaigner's test copy, to the address of their own sign-in, in both languages. */
export async function updateTestEnvelope(deps: Deps, db: Db, mail: OutboxMail, origin: string): Promise<Envelope | undefined> {
  if (mail.sign_in_id === null) return undefined;
  const signIn = await db.selectFrom('admin_sign_ins').select(['email', 'locale']).where('id', '=', mail.sign_in_id).executeTakeFirst();
  const update = await findUpdateRow(db, mail.update_id);
  if (!signIn || !update) return undefined;
  const letter = findLetter(deps, update.letter);
  const both = <T>(f: (l: Locale) => T): Record<Locale, T> => ({ en: f('en'), cy: f('cy') });
  const rendered = updateTestMail({
    locale: signIn.locale,
    origin,
    letterTitles: both((l) => letterText(letter, l).title),
    letterUrls: both((l) => `${origin}${localePath(l, `/letters/${letter.slug}`)}`),
    words: both((l) => updateText(update, l)),
  });
  return { to: signIn.email, ...rendered };
}
