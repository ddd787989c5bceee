import { describe, expect, it } from 'vitest';
import * as countersMigration from '../../../api/db/migrations/2026-11-27-counters.ts';
import { closedLetter, openLetter, testApp } from '../../helpers/app.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';

/** A row as it stood before the day and type counters: written straight into the table. */
const row = (i: number, letter: string, fields: Record<string, unknown>) => ({
  ...{ letter, state: 'verified', kind: 'individual', name: `R${i}`, search_name: `r${i}`, email: `r${i}@example.org`, email_key: `r${i}@example.org` },
  ...{ organisation: null, organisation_type: null, role: null, place: null, country: 'GB-WLS', area: null, comment: null, show_name: 1, updates: 0 },
  ...{ locale: 'en', source: 'web', created_at: '2026-10-01T09:00:00.000Z', verified_at: '2026-10-01T09:00:00.000Z', withdrawn_at: null, authority: null },
  ...fields,
});

describe('the migration 2026-11-27-counters', () => {
  it('fills the type and day counters of every letter from the signatures already counted, and only those', async () => {
    const app = await testApp();
    const organisation = (type: string, authority: string) => ({ kind: 'organisation', organisation: `Org ${type}`, organisation_type: type, authority });
    const rows = [
      row(1, openLetter, {}),
      row(2, openLetter, { verified_at: '2026-10-01T23:30:00.000Z' }), // 00:30 on 2 October in Wales
      row(3, openLetter, organisation('nhs', 'domain_match')),
      row(4, openLetter, organisation('nhs', 'approved')),
      row(5, openLetter, organisation('third_sector', 'awaiting_approval')),
      row(6, openLetter, organisation('business', 'rejected')),
      row(7, openLetter, { state: 'withdrawn', withdrawn_at: '2026-10-03T09:00:00.000Z' }),
      row(8, openLetter, { state: 'pending', verified_at: null }),
      row(9, closedLetter, { ...organisation('academic', 'approved'), verified_at: '2025-03-04T09:00:00.000Z' }),
    ];
    await app.db.insertInto('signatures').values(rows as never).execute();
    await countersMigration.down(app.db);
    await countersMigration.up(app.db);

    const open = await countersNow(app, openLetter);
    expect(open.by_organisation_type).toEqual({ nhs: 2 });
    expect(open.by_day).toEqual({ '2026-10-01': 3, '2026-10-02': 1 });
    const direct = await countedDirectly(app, openLetter);
    expect([open.by_organisation_type, open.by_day]).toEqual([direct.by_organisation_type, direct.by_day]);
    const closed = await countersNow(app, closedLetter);
    expect([closed.by_organisation_type, closed.by_day]).toEqual([{ academic: 1 }, { '2025-03-04': 1 }]);
  });
});
