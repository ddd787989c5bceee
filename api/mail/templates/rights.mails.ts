import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { SignatureState } from '../../signatures/signature.table.ts';
import type { SupportState } from '../../support/support.table.ts';
import { type Block, type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

/** `title`: the letter's in the mail's language, or null for a letter since taken off the site. */
export type HeldSignature = {
  title: string | null;
  name: string;
  organisation: string | null;
  at: Date;
  state: SignatureState;
  shown: boolean;
  updates: boolean;
  /** A fresh withdraw link, for a signature that still stands. */
  withdrawUrl?: string;
};
export type HeldSupport = { title: string | null; author: string; organisation: string | null; at: Date; state: SupportState };

type Held = {
  locale: Locale;
  origin: string;
  email: string;
  signatures: HeldSignature[];
  support: HeldSupport[];
  /** Their application to, or membership of, the network, already in words (api/network/). */
  network?: string[];
  withdrawValid: { days: number; until: Date };
  erase: { url: string; hours: number; until: Date };
};

/** The readable summary of a person's copy of their data (the JSON goes with it), with the links to act on it. */
export function heldMail(m: Held): RenderedMail {
  const t = catalogues[m.locale].rights;
  const titled = <T extends { title: string | null }>(x: T) => ({ ...x, title: x.title ?? t.unknownLetter });
  const signatures: Block[] = m.signatures.map(titled).flatMap((s) => [
    { p: t.signature(s) },
    ...(s.withdrawUrl ? [{ link: { label: t.withdraw(s.title), href: s.withdrawUrl } }] : []),
  ]);
  const withdrawable = m.signatures.some((s) => s.withdrawUrl);
  return mail(m.locale, t.subject, [
    { p: t.intro(m.email) },
    ...(m.signatures.length > 0 ? [{ p: t.signaturesTitle }, ...signatures] : []),
    ...(withdrawable ? [{ p: t.withdrawExpiry(m.withdrawValid.days, m.withdrawValid.until) }] : []),
    ...(m.support.length > 0 ? [{ p: t.supportTitle }, ...m.support.map((l) => ({ p: t.support(titled(l)) }))] : []),
    ...(m.network ?? []).map((p) => ({ p })),
    { p: t.erase },
    { button: { label: t.eraseButton, href: m.erase.url } },
    { p: t.eraseExpiry(m.erase.hours, m.erase.until) },
    { p: t.notYou },
  ], m.origin);
}

/** The same question about an address we hold nothing under: answered, so the asker is never left guessing. */
export function nothingHeldMail(m: { locale: Locale; origin: string; email: string }): RenderedMail {
  const t = catalogues[m.locale].rights;
  return mail(m.locale, t.nothing.subject, [{ p: t.nothing.body(m.email) }, { p: t.notYou }], m.origin);
}
