import type { Lang } from './format.ts';
import { en } from './messages/en.ts';

/** The shape every language's catalogue must have: English is the reference. */
export type Messages = typeof en;

const catalogues: Partial<Record<Lang, Messages>> = { en };

/** The catalogue for a page's locale (`Astro.currentLocale`); English until Welsh arrives. */
export function messagesFor(locale: string | undefined): Messages {
  return catalogues[locale as Lang] ?? en;
}
