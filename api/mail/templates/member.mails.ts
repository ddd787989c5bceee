import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** A network member's one-time sign-in link, in the language of the form they asked from. */
export function memberSignInMail(m: { locale: Locale; origin: string; name: string; signInUrl: string; validMinutes: number; validUntil: Date }): RenderedMail {
  const c = catalogues[m.locale];
  const t = c.membership.signIn;
  return mail(m.locale, t.subject, [{ p: c.greeting(m.name) }, { p: t.body }, { button: { label: t.button, href: m.signInUrl } }, { p: t.expiry(m.validMinutes, m.validUntil) }, { p: t.notYou }], m.origin);
}

/** The yearly question, in the member's language. */
export function memberReconfirmMail(m: { locale: Locale; origin: string; name: string; confirmUrl: string; lapseDays: number }): RenderedMail {
  const c = catalogues[m.locale];
  const t = c.membership.reconfirm;
  return mail(m.locale, t.subject, [{ p: c.greeting(m.name) }, { p: t.body }, { button: { label: t.button, href: m.confirmUrl } }, { p: t.lapse(m.lapseDays) }, { p: t.leave }], m.origin);
}
