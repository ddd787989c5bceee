import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** Everything a signer's mail says, already in their language: the title and links too. */
type Common = { locale: Locale; origin: string; name: string; letterTitle: string; letterUrl: string; withdrawUrl: string };

export function confirmMail(m: Common & { confirmUrl: string; validDays: number; validUntil: Date }): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.confirm.subject(m.letterTitle), [
    { p: t.greeting(m.name) },
    { p: t.confirm.thanks(m.letterTitle) },
    { button: { label: t.confirm.button, href: m.confirmUrl } },
    { p: t.confirm.expiry(m.validDays, m.validUntil) },
    { link: { label: t.readLetter, href: m.letterUrl } },
    { link: { label: t.confirm.withdraw, href: m.withdrawUrl } },
  ], m.origin);
}

/** Sent instead of a second confirmation, so only the mailbox learns it had signed already. */
export function alreadySignedMail(m: Common): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.alreadySigned.subject(m.letterTitle), [
    { p: t.greeting(m.name) },
    { p: t.alreadySigned.body(m.letterTitle) },
    { p: t.alreadySigned.notYou },
    { link: { label: t.readLetter, href: m.letterUrl } },
    { link: { label: t.alreadySigned.withdraw, href: m.withdrawUrl } },
  ], m.origin);
}
