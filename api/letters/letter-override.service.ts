import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import type { Letter } from './letter.catalogue.ts';
import type { LetterOverride } from './letter-override.table.ts';
import type { LetterStatus } from './letter.schema.ts';
import { letterStatus } from './letter.time.ts';

/**
 * A campaigner may close signing before a letter's `closes` date, and reopen it. The content
 * dates stay the outer bounds: an early close can only shorten the window, and reopening only
 * takes the early close away, so no override ever opens a letter before its `opens` date or
 * after the end of its `closes` date.
 */
export function effectiveStatus(letter: Pick<Letter, 'opens' | 'closes'>, override: Pick<LetterOverride, 'closed_at'> | undefined, now: Date): LetterStatus {
  const byDates = letterStatus(letter, now);
  if (byDates === 'open' && override && now.toISOString() >= override.closed_at) return 'closed';
  return byDates;
}

export async function readOverride(db: Db, slug: string): Promise<LetterOverride | undefined> {
  return db.selectFrom('letter_overrides').selectAll().where('letter', '=', slug).executeTakeFirst();
}

export async function readAllOverrides(db: Db): Promise<Map<string, LetterOverride>> {
  const rows = await db.selectFrom('letter_overrides').selectAll().execute();
  return new Map(rows.map((r) => [r.letter, r]));
}

/** `closed`: done; `not_open`: the letter is not open now (upcoming, closed by its dates, or closed early already). */
export type CloseOutcome = 'closed' | 'not_open';
/** `reopened`: done; `not_closed_early`: nothing to undo; `past_close`: its `closes` date has passed, so it stays closed. */
export type ReopenOutcome = 'reopened' | 'not_closed_early' | 'past_close';

export async function closeEarly(deps: Pick<Deps, 'db' | 'clock'>, letter: Letter, by: string): Promise<CloseOutcome> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    if (effectiveStatus(letter, await readOverride(tx, letter.slug), at) !== 'open') return 'not_open';
    const inserted = await tx
      .insertInto('letter_overrides')
      .values({ letter: letter.slug, closed_at: at.toISOString(), closed_by: by })
      .onConflict((oc) => oc.column('letter').doNothing())
      .executeTakeFirst();
    if (!inserted.numInsertedOrUpdatedRows) return 'not_open';
    await recordAudit(tx, { at, actor: by, action: 'letter.closed_early', subject: { type: 'letter', id: letter.slug } });
    return 'closed';
  });
}

export async function reopen(deps: Pick<Deps, 'db' | 'clock'>, letter: Letter, by: string): Promise<ReopenOutcome> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const override = await readOverride(tx, letter.slug);
    if (!override) return 'not_closed_early';
    // Reopening would not open it: keep the record of the early close rather than pretend.
    if (letterStatus(letter, at) !== 'open') return 'past_close';
    // The delete decides: of two campaigners reopening at once, on two servers, one reopens.
    const { numDeletedRows } = await tx.deleteFrom('letter_overrides').where('letter', '=', letter.slug).where('closed_at', '=', override.closed_at).executeTakeFirst();
    if (!numDeletedRows) return 'not_closed_early';
    await recordAudit(tx, {
      at,
      actor: by,
      action: 'letter.reopened',
      subject: { type: 'letter', id: letter.slug },
      detail: { closed_at: override.closed_at, closed_by: override.closed_by },
    });
    return 'reopened';
  });
}
