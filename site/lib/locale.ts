import { localePath, locales } from '../../api/i18n/locale.ts';
import type { Lang } from './format.ts';

/**
 * Where each language lives: English at the root, Welsh under /cy/. Every page is the same
 * page in both; only this prefix differs, so switching language keeps the rest of the address.
 */
export const langs: readonly Lang[] = locales;

/** The language of an address, from its first segment alone (a slug that happens to read "cy" changes nothing). */
export function langOfPath(pathname: string): Lang {
  return /^\/cy(\/|$)/.test(pathname) ? 'cy' : 'en';
}

/** The address without its language prefix: `/cy/letters/x` and `/letters/x` are both `/letters/x`. */
export function unlocalised(pathname: string): string {
  const bare = pathname.replace(/^\/cy(?=\/|$)/, '') || '/';
  // Astro may hand back its original pathname with a trailing slash; the site's own addresses have none.
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare;
}

/** A site path (`/letters/x`, `/`) in a language. */
export function localised(path: string, lang: Lang): string {
  return localePath(lang, unlocalised(path));
}

/** The other language, for the switcher. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'cy' : 'en');

/**
 * The `[...locale]` route parameter: absent for English, `cy` for Welsh. Anything else
 * (`/fr/letters`, `/no/such/page`) is not a page of this site.
 */
export const isLocaleParam = (param: string | undefined): boolean => param === undefined || param === 'cy';
