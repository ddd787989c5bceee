import { describe, expect, it } from 'vitest';
import { catalogueOf, letterText, loadLetterCatalogue } from '../../../api/letters/letter.catalogue.ts';
import { privacyNotice, privacyWarnings } from '../../../api/privacy/privacy.notice.ts';
import { currentNoticeVersion } from '../../../api/privacy/privacy.versions.ts';
import { commentAddressDays, declinedMemberDays, defaultMonthsAfterClose, requestDaysKept, unconfirmedDays } from '../../../api/retention/retention.policy.ts';
import { closedLetter, openLetter } from '../../helpers/app.ts';

const letters = loadLetterCatalogue(process.cwd());
const named = { controller: 'Ymgyrch Cyd-gynhyrchu Cymru', contact: { email: 'data@ymgyrch.cymru' } };
const unnamed = { controller: undefined, contact: undefined };

/** The project's letters, with `retention_months` in their frontmatter as given. */
function withRetention(months: Record<string, number>) {
  return catalogueOf(letters.list().map((l) => (months[l.slug] === undefined ? l : { ...l, retention_months: months[l.slug] })));
}

describe('the facts the privacy notice states', () => {
  it('are the configured names and the periods the retention sweep keeps', () => {
    expect(privacyNotice(named, letters, 'en')).toEqual({
      ...named,
      version: currentNoticeVersion,
      unconfirmedDays,
      monthsAfterClose: defaultMonthsAfterClose,
      exceptions: [],
      commentAddressDays,
      requestDaysKept,
      declinedMemberDays,
    });
  });

  it('list the letters whose frontmatter keeps addresses for a period of its own, titled in the reader’s language', () => {
    const catalogue = withRetention({ [openLetter]: defaultMonthsAfterClose + 18, [closedLetter]: defaultMonthsAfterClose });
    const open = letters.get(openLetter)!;
    // The closed letter says what the default says: nothing to list.
    expect(privacyNotice(named, catalogue, 'cy').exceptions).toEqual([{ slug: openLetter, title: letterText(open, 'cy').title, months: defaultMonthsAfterClose + 18 }]);
    expect(privacyNotice(named, catalogue, 'en').exceptions[0]?.title).toBe(letterText(open, 'en').title);
  });

  it('name no one when the operator has named no one, and the server says so at start', () => {
    expect(privacyNotice(unnamed, letters, 'en')).toMatchObject(unnamed);
    const warnings = privacyWarnings(unnamed);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^PRIVACY_CONTROLLER is not set/);
    expect(warnings[1]).toMatch(/^PRIVACY_CONTACT is not set/);
    expect(privacyWarnings(named)).toEqual([]);
  });
});
