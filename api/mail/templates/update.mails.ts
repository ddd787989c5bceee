import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import type { Locale } from '../../i18n/locale.ts';
import { paragraphs } from '../../updates/update.schema.ts';
import { type Block, type RenderedMail, mail } from './layout.ts';

const catalogues: Record<Locale, MailMessages> = { en, cy };

type Words = { title: string; body: string };

const bodyBlocks = (w: Words): Block[] => [{ p: w.title }, ...paragraphs(w.body).map((p) => ({ p }))];

/** An update to one signer, in their language: the update, the letter, and a way to stop them. */
export function updateMail(m: { locale: Locale; origin: string; name: string; letterTitle: string; letterUrl: string; unsubscribeUrl: string; words: Words }): RenderedMail {
  const t = catalogues[m.locale];
  return mail(m.locale, t.update.subject(m.letterTitle, m.words.title), [
    { p: t.greeting(m.name) },
    { p: t.update.intro(m.letterTitle) },
    ...bodyBlocks(m.words),
    { link: { label: t.readLetter, href: m.letterUrl } },
    { p: t.update.why },
    { link: { label: t.update.unsubscribe, href: m.unsubscribeUrl } },
  ], m.origin);
}

/** The campaigner's test copy: both languages, as each signer would read them, in the language of their sign-in. */
export function updateTestMail(m: {
  locale: Locale;
  origin: string;
  letterTitles: Record<Locale, string>;
  letterUrls: Record<Locale, string>;
  words: Record<Locale, Words>;
}): RenderedMail {
  const t = catalogues[m.locale];
  const version = (l: Locale): Block[] => [
    { p: l === 'en' ? t.updateTest.english : t.updateTest.welsh },
    { p: catalogues[l].update.intro(m.letterTitles[l]) },
    ...bodyBlocks(m.words[l]),
    { link: { label: catalogues[l].readLetter, href: m.letterUrls[l] } },
    { p: catalogues[l].update.why },
    { p: t.updateTest.unsubscribeNote },
  ];
  return mail(m.locale, t.updateTest.subject(m.words[m.locale].title), [
    { p: t.updateTest.intro(m.letterTitles[m.locale]) },
    ...version('en'),
    ...version('cy'),
  ], m.origin);
}
