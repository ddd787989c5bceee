import type { LetterStatus } from './letter.schema.ts';

// The campaigns run in Wales: a letter "opens on 1 October" at midnight in Wales, BST or not.
const campaignZone = 'Europe/London';
const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: campaignZone, timeZoneName: 'longOffset' });

function zoneOffsetMs(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

// A letter has two dates and every signature asks about them: Intl is too slow to ask each time.
const dayStarts = new Map<number, number>();

/** Midnight in Wales at the start of a calendar date (given as a UTC-midnight Date, as YAML dates are). */
export function startOfCampaignDay(date: Date): Date {
  const utcMidnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  let start = dayStarts.get(utcMidnight);
  if (start === undefined) {
    start = utcMidnight - zoneOffsetMs(new Date(utcMidnight));
    dayStarts.set(utcMidnight, start);
  }
  return new Date(start);
}

/** A letter is open from the start of its `opens` day until the end of its `closes` day. */
export function letterStatus(dates: { opens: Date; closes?: Date | undefined }, now: Date): LetterStatus {
  if (now < startOfCampaignDay(dates.opens)) return 'upcoming';
  if (dates.closes) {
    const end = startOfCampaignDay(new Date(dates.closes.getTime() + 86_400_000));
    if (now >= end) return 'closed';
  }
  return 'open';
}

/** YYYY-MM-DD, as the API shows a letter's dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar date (`YYYY-MM-DD`) it was in Wales at an instant: the campaign's day. */
export function campaignDay(at: Date): string {
  return new Date(at.getTime() + zoneOffsetMs(at)).toISOString().slice(0, 10);
}

/**
 * The instant a time of day in Wales names (`2026-12-05T14:30`, as a form's date and time
 * fields send it).
 */
export function fromCampaignTime(local: string): Date {
  const asUtc = Date.parse(`${local}:00Z`);
  // The offset at the guess is the offset at the answer except within the hour a clock changes.
  return new Date(asUtc - zoneOffsetMs(new Date(asUtc - zoneOffsetMs(new Date(asUtc)))));
}

