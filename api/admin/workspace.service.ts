import { readAllCounts } from '../counts/counter.repository.ts';
import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import type { LetterStatus } from '../letters/letter.schema.ts';
import { effectiveStatus, readAllOverrides } from '../letters/letter-override.service.ts';
import { isoDay } from '../letters/letter.time.ts';

export type LetterFigures = {
  slug: string;
  title: string;
  status: LetterStatus;
  opens: string;
  closes: string | null;
  counted: number;
  pending: number;
  withdrawn: number;
  /** When a campaigner closed signing early, else null. */
  closed_at: string | null;
};

/**
 * Each letter as a campaigner watches it: the public count (from the counters, as the letter
 * page shows it) and what the public never sees, signatures waiting for their email
 * confirmation and withdrawn ones. A COUNT over signatures is fine here: a handful of
 * campaigners read it, not the signing crowd.
 */
export async function letterFigures(deps: Deps, locale: Locale): Promise<LetterFigures[]> {
  const counted = await readAllCounts(deps.db);
  const rows = await deps.db
    .selectFrom('signatures')
    .select((eb) => ['letter', 'state', eb.fn.countAll<number>().as('n')])
    .where('state', 'in', ['pending', 'withdrawn'])
    .groupBy(['letter', 'state'])
    .execute();
  const count = (slug: string, state: string) => Number(rows.find((r) => r.letter === slug && r.state === state)?.n ?? 0);
  const overrides = await readAllOverrides(deps.db);
  const now = deps.clock();
  return deps.letters.list().map((letter) => ({
    slug: letter.slug,
    title: letterText(letter, locale).title,
    status: effectiveStatus(letter, overrides.get(letter.slug), now),
    opens: isoDay(letter.opens),
    closes: letter.closes ? isoDay(letter.closes) : null,
    counted: counted.get(letter.slug)?.total ?? 0,
    pending: count(letter.slug, 'pending'),
    withdrawn: count(letter.slug, 'withdrawn'),
    closed_at: overrides.get(letter.slug)?.closed_at ?? null,
  }));
}
