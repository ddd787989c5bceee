import { formatDay as formatWalesDay, formatNumber } from '../../api/i18n/format.ts';
import type { Locale } from '../../api/i18n/locale.ts';

/**
 * Dates and numbers as a reader in Wales expects them, on top of the API's formats (one
 * Intl set-up for pages and mail). Letter dates are calendar days (YAML gives them as UTC
 * midnight); signing times are instants, shown on the day it was in Wales.
 */

/** The site's name for the API's Locale: one list of languages for pages, mail and errors. */
export type Lang = Locale;

const calendarFormat = (lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const calendar = { en: calendarFormat('en'), cy: calendarFormat('cy') };

/** A calendar date from content (`opens`, `closes`, `published`), or its `YYYY-MM-DD` form. */
export function formatDay(date: Date | string, lang: Lang): string {
  return calendar[lang].format(typeof date === 'string' ? new Date(date) : date);
}

/** An ISO instant (when someone signed) as the date it was in Wales. */
export function formatInstantDay(iso: string, lang: Lang): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : formatWalesDay(at, lang);
}

export { formatNumber };

/** `YYYY-MM-DD` for a `<time datetime>` attribute. */
export function isoDate(date: Date | string): string {
  return (typeof date === 'string' ? new Date(date) : date).toISOString().slice(0, 10);
}
