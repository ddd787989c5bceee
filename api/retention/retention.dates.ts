import type { Letter } from '../letters/letter.catalogue.ts';
import type { LetterOverride } from '../letters/letter-override.table.ts';
import { campaignDay, startOfCampaignDay } from '../letters/letter.time.ts';
import { defaultMonthsAfterClose, unconfirmedDays } from './retention.policy.ts';

const dayMs = 86_400_000;

/** How many months after it closes a letter keeps its signers' contact details. */
export const monthsKept = (letter: Pick<Letter, 'retention_months'>): number => letter.retention_months ?? defaultMonthsAfterClose;

/**
 * When a letter stopped taking signatures: a campaigner's early close, else the end of its
 * `closes` day in Wales (as `letterStatus` decides); undefined while it has no end.
 */
export function closedAt(letter: Pick<Letter, 'closes'>, override: Pick<LetterOverride, 'closed_at'> | undefined): Date | undefined {
  // An early close is only ever made while the letter is open by its dates, so it is the earlier end.
  if (override) return new Date(override.closed_at);
  return letter.closes ? startOfCampaignDay(new Date(letter.closes.getTime() + dayMs)) : undefined;
}

/**
 * The start of the day in Wales `months` calendar months after the day (in Wales) of `at`, as a
 * person counts "six months after": a letter that closed at the end of 30 June has its contact
 * details deleted from the start of 1 January, whatever the clocks did in between.
 */
export function monthsAfter(at: Date, months: number): Date {
  const day = new Date(`${campaignDay(at)}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return startOfCampaignDay(day);
}

/** When a letter's signers' contact details go: `monthsKept` after it closed; undefined while it has no end. */
export function contactsGoAt(letter: Pick<Letter, 'closes' | 'retention_months'>, override: Pick<LetterOverride, 'closed_at'> | undefined): Date | undefined {
  const closed = closedAt(letter, override);
  return closed && monthsAfter(closed, monthsKept(letter));
}

/** Made before this and never confirmed: deleted. */
export const unconfirmedBefore = (now: Date): Date => new Date(now.getTime() - unconfirmedDays * dayMs);
