import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** The campaigner's one-time sign-in link, in the language of the form they asked from. */
export function signInMail(m: { locale: Locale; origin: string; signInUrl: string; validMinutes: number; validUntil: Date }): RenderedMail {
  const t = catalogues[m.locale].adminSignIn;
  return mail(m.locale, t.subject, [
    { p: t.body },
    { button: { label: t.button, href: m.signInUrl } },
    { p: t.expiry(m.validMinutes, m.validUntil) },
    { p: t.notYou },
  ], m.origin);
}
