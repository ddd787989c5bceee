/**
 * Llofnod speaks English and Welsh as equals. Every word the API says comes from a pair of
 * catalogues in this folder, one pair per area: `validation/`, `errors/`, `mail/`, each with
 * `en.ts` and `cy.ts`. The Welsh one is typed as the English one (`typeof en`), so neither
 * can lack a key, and test/api/i18n/catalogues.test.ts checks every pair (the site's too).
 */
export const locales = ['en', 'cy'] as const;
export type Locale = (typeof locales)[number];

/** Where a page lives in a language: English at the root, Welsh under /cy/, as the site routes them. */
export const localePath = (locale: Locale, path: string): string => {
  if (locale === 'en') return path;
  return path === '/' ? '/cy' : `/cy${path}`;
};
