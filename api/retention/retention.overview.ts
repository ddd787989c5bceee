import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { readAllOverrides } from '../letters/letter-override.service.ts';
import { closedAt, contactsGoAt, monthsKept } from './retention.dates.ts';
import { defaultMonthsAfterClose, unconfirmedDays } from './retention.policy.ts';
import { readLastRun, type RetentionRun } from './retention.run.ts';
import { nextRunAt } from './retention.schedule.ts';

export type LetterRetention = { slug: string; title: string; months: number; closedAt: Date | undefined; contactsGoAt: Date | undefined };

export type RetentionOverview = {
  /** Undefined until a server has swept. */
  last: RetentionRun | undefined;
  next: Date | undefined;
  rules: { unconfirmedDays: number; defaultMonthsAfterClose: number };
  letters: LetterRetention[];
};

/** What the workspace shows of the sweep: its last run and next, the rules, and when each letter's contact details go. */
export async function retentionOverview(deps: Pick<Deps, 'db' | 'letters'>, locale: Locale): Promise<RetentionOverview> {
  const [last, overrides] = await Promise.all([readLastRun(deps.db), readAllOverrides(deps.db)]);
  return {
    last,
    next: last && nextRunAt(last),
    rules: { unconfirmedDays, defaultMonthsAfterClose },
    letters: deps.letters.list().map((letter) => ({
      slug: letter.slug,
      title: letterText(letter, locale).title,
      months: monthsKept(letter),
      closedAt: closedAt(letter, overrides.get(letter.slug)),
      contactsGoAt: contactsGoAt(letter, overrides.get(letter.slug)),
    })),
  };
}
