import type { Locale } from './locale.ts';

/**
 * Numbers, days and times as a reader of each language expects them (Intl knows Welsh).
 * An instant is shown as the day and time it is in Wales, where the campaigns run.
 */
const tag = { en: 'en-GB', cy: 'cy' } as const;
const timeZone = 'Europe/London';

const numbers = { en: new Intl.NumberFormat(tag.en), cy: new Intl.NumberFormat(tag.cy) };
const dayFormat = (locale: Locale) => new Intl.DateTimeFormat(tag[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const days = { en: dayFormat('en'), cy: dayFormat('cy') };
const timeFormat = (locale: Locale) => new Intl.DateTimeFormat(tag[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
const times = { en: timeFormat('en'), cy: timeFormat('cy') };

export const formatNumber = (n: number, locale: Locale): string => numbers[locale].format(n);

/** "29 November 2026" / "29 Tachwedd 2026". */
export const formatDay = (at: Date, locale: Locale): string => days[locale].format(at);

/** "10:00", on the 24-hour clock in both languages. */
export const formatTime = (at: Date, locale: Locale): string => times[locale].format(at);
