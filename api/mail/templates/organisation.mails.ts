import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import { type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** Everything the outcome mails say, already in the signer's language. */
type Outcome = { locale: Locale; origin: string; name: string; organisation: string; letterTitle: string; letterUrl: string; withdrawUrl: string };

/** A campaigner approved the organisation: it is now listed, counted and shown as verified. */
export function organisationApprovedMail(m: Outcome): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.organisationApproved.subject(m.organisation), [
    { p: t.greeting(m.name) },
    { p: t.organisationApproved.body(m.organisation, m.letterTitle) },
    { link: { label: t.readLetter, href: m.letterUrl } },
    { link: { label: t.organisationApproved.withdraw, href: m.withdrawUrl } },
  ], m.origin);
}

/** A campaigner could not approve the organisation: why, politely, and how to ask again. */
export function organisationRejectedMail(m: Outcome & { reason: string }): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.organisationRejected.subject(m.organisation), [
    { p: t.greeting(m.name) },
    { p: t.organisationRejected.body(m.organisation, m.letterTitle) },
    { p: t.organisationRejected.reason(m.reason) },
    { p: t.organisationRejected.contact },
    { link: { label: t.readLetter, href: m.letterUrl } },
    // Rejected, the signature is still held (hidden): the signer may still take it back.
    { link: { label: t.organisationRejected.withdraw, href: m.withdrawUrl } },
  ], m.origin);
}
