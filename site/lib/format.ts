/**
 * Dates and numbers as a reader in Wales expects them. Letter dates are calendar days (YAML
 * gives them as UTC midnight); signing times are instants, shown on the day it was in Wales.
 */
export type Lang = 'en' | 'cy';

const tag = { en: 'en-GB', cy: 'cy' } as const;

const dayIn = (lang: Lang, timeZone: string) =>
  new Intl.DateTimeFormat(tag[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const calendar = { en: dayIn('en', 'UTC'), cy: dayIn('cy', 'UTC') };
const wales = { en: dayIn('en', 'Europe/London'), cy: dayIn('cy', 'Europe/London') };
const numbers = { en: new Intl.NumberFormat(tag.en), cy: new Intl.NumberFormat(tag.cy) };

/** A calendar date from content (`opens`, `closes`, `published`), or its `YYYY-MM-DD` form. */
export function formatDay(date: Date | string, lang: Lang): string {
  return calendar[lang].format(typeof date === 'string' ? new Date(date) : date);
}

/** An ISO instant (when someone signed) as the date it was in Wales. */
export function formatInstantDay(iso: string, lang: Lang): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : wales[lang].format(at);
}

export function formatNumber(n: number, lang: Lang): string {
  return numbers[lang].format(n);
}

/** `YYYY-MM-DD` for a `<time datetime>` attribute. */
export function isoDate(date: Date | string): string {
  return (typeof date === 'string' ? new Date(date) : date).toISOString().slice(0, 10);
}
