import { readCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import type { LetterStatus } from '../letters/letter.schema.ts';
import { findLetter, letterStatusOf } from '../letters/letter.service.ts';

/** What a share image, a badge or the widget shows of a letter, in one language. */
export type LetterCard = {
  slug: string;
  locale: Locale;
  title: string;
  recipient: string;
  /** Verified, visible signatures: the public count. */
  count: number;
  goal: number | null;
  status: LetterStatus;
};

/** Throws NotFoundError for a letter that does not exist. Two small reads: the counter row and any early close. */
export async function letterCard(deps: Pick<Deps, 'db' | 'letters' | 'clock'>, slug: string, locale: Locale): Promise<LetterCard> {
  const letter = findLetter(deps, slug);
  const text = letterText(letter, locale);
  const [counts, status] = await Promise.all([readCounts(deps.db, slug), letterStatusOf(deps, letter)]);
  return { slug, locale, title: text.title, recipient: text.recipient, count: counts.total, goal: letter.goal ?? null, status };
}
