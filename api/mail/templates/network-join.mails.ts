import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** Everything the mails to an applicant say, already in their language. */
type Common = { locale: Locale; origin: string; name: string };

export function memberConfirmMail(m: Common & { confirmUrl: string; validDays: number; validUntil: Date }): RenderedMail {
  const t = catalogues[m.locale];
  const text = t.networkJoin.confirm;
  return mail(m.locale, text.subject, [
    { p: t.greeting(m.name) },
    { p: text.thanks },
    { button: { label: text.button, href: m.confirmUrl } },
    { p: text.expiry(m.validDays, m.validUntil) },
  ], m.origin);
}

export function memberApprovedMail(m: Common & { networkUrl: string }): RenderedMail {
  const t = catalogues[m.locale];
  const text = t.networkJoin.approved;
  return mail(m.locale, text.subject, [{ p: t.greeting(m.name) }, { p: text.body }, { p: text.directory }, { link: { label: text.network, href: m.networkUrl } }], m.origin);
}

export function memberDeclinedMail(m: Common & { reason: string }): RenderedMail {
  const t = catalogues[m.locale];
  const text = t.networkJoin.declined;
  return mail(m.locale, text.subject, [{ p: t.greeting(m.name) }, { p: text.body }, { p: text.reason(m.reason) }, { p: text.again }], m.origin);
}
