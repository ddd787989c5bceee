import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { PublishLevel } from '../../support/support.table.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** Everything the mails to an author say, already in their language. */
type Common = { locale: Locale; origin: string; name: string; letterTitle: string; letterUrl: string };

export function supportConfirmMail(m: Common & { confirmUrl: string; validDays: number; validUntil: Date }): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.supportConfirm.subject(m.letterTitle), [
    { p: t.greeting(m.name) },
    { p: t.supportConfirm.thanks(m.letterTitle) },
    { button: { label: t.supportConfirm.button, href: m.confirmUrl } },
    { p: t.supportConfirm.expiry(m.validDays, m.validUntil) },
    { link: { label: t.readLetter, href: m.letterUrl } },
  ], m.origin);
}

/** Accepted: says exactly how much is now public, as the author chose. */
export function supportPublishedMail(m: Common & { publish: PublishLevel; supportUrl: string }): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.supportPublished.subject(m.letterTitle), [
    { p: t.greeting(m.name) },
    { p: t.supportPublished.body(m.letterTitle) },
    { p: t.supportPublished[m.publish] },
    m.publish === 'none' ? { link: { label: t.readLetter, href: m.letterUrl } } : { link: { label: t.supportPublished.read, href: m.supportUrl } },
  ], m.origin);
}

export function supportRejectedMail(m: Common & { reason: string }): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.supportRejected.subject(m.letterTitle), [
    { p: t.greeting(m.name) },
    { p: t.supportRejected.body(m.letterTitle) },
    { p: t.supportRejected.reason(m.reason) },
    { p: t.supportRejected.contact },
    { link: { label: t.readLetter, href: m.letterUrl } },
  ], m.origin);
}
