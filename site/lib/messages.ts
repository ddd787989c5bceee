import type { Lang } from './format.ts';
import { localised } from './locale.ts';
import { cy } from './messages/cy.ts';
import { en } from './messages/en.ts';

/** The shape every language's catalogue must have: English is the reference. */
export type Messages = typeof en;

const catalogues: Record<Lang, Messages> = { en, cy };

export function messagesFor(lang: Lang): Messages {
  return catalogues[lang];
}

/**
 * What a page or component needs to speak the page's language: its words, and its links
 * kept in the same language (`href('/letters')` is `/cy/letters` on a Welsh page).
 */
export function localeOf(astro: { locals: App.Locals }) {
  const { lang } = astro.locals;
  return { lang, t: catalogues[lang], href: (path: string) => localised(path, lang) };
}
