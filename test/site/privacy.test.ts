import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { currentConsentVersion, currentNoticeVersion } from '../../api/privacy/privacy.versions.ts';
import { defaultMonthsAfterClose, unconfirmedDays } from '../../api/retention/retention.policy.ts';
import { aSigner, element, fieldValue, hrefs, openLetter, siteUnderTest, textOf } from './browser.ts';

/** One operator who has named who is responsible and where to write; another who has not yet. */
const named = siteUnderTest({ PRIVACY_CONTROLLER: 'Ymgyrch Cyd-gynhyrchu Cymru', PRIVACY_CONTACT: 'data@ymgyrch.cymru' });
const unnamed = siteUnderTest();

let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: named.dataDir, databaseUrl: named.databaseUrl }));
afterAll(async () => db?.destroy());

/** The consent question of a form: its fieldset, with what goes with the box. */
const consentOf = (html: string) => [...html.matchAll(/<fieldset\b[\s\S]*?<\/fieldset>/g)].map(([f]) => f).find((f) => f.includes('name="consent"')) ?? '';

describe('the privacy notice', () => {
  it('names the controller and the contact the operator configured, and the periods the sweep keeps, in English', async () => {
    const page = await named.get('/privacy');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('Ymgyrch Cyd-gynhyrchu Cymru runs this campaign and decides how your personal data is used: they are the data controller.');
    expect(hrefs(page.html)).toContain('mailto:data@ymgyrch.cymru');
    expect(text).toContain('UK GDPR Article 9(2)(a)');
    expect(text).toContain(`deleted, with its links and mail, ${unconfirmedDays} days after it was sent`);
    expect(text).toContain(`${defaultMonthsAfterClose} months after a letter closes, we delete the email addresses, internet addresses and links`);
    expect(text).toContain(`Version ${currentNoticeVersion}`);
    // The signer's own page for their rights, and the regulator.
    expect(hrefs(page.html)).toEqual(expect.arrayContaining(['/my-data', 'https://ico.org.uk/make-a-complaint/']));
  });

  it('says the same in Welsh at /cy/privacy', async () => {
    const page = await named.get('/cy/privacy');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="cy"');
    const text = textOf(page.html);
    expect(text).toContain('Ymgyrch Cyd-gynhyrchu Cymru sy’n rhedeg yr ymgyrch hon');
    expect(hrefs(page.html)).toEqual(expect.arrayContaining(['mailto:data@ymgyrch.cymru', '/cy/my-data']));
    expect(text).toContain(`${unconfirmedDays} diwrnod ar ôl ei anfon`);
    expect(text).toContain(`${defaultMonthsAfterClose} mis ar ôl i lythyr gau`);
    expect(text).toContain(`Fersiwn ${currentNoticeVersion}`);
  });

  it('says in words that no one has been named yet when the operator has not configured it, and the server warned at start', async () => {
    for (const [path, controller, contact] of [
      ['/privacy', 'have not yet named who is responsible for your personal data', 'have not yet given a contact'],
      ['/cy/privacy', 'wedi enwi eto pwy sy’n gyfrifol am eich data personol', 'wedi rhoi cyswllt eto'],
    ] as const) {
      const text = textOf((await unnamed.get(path)).html);
      expect(text).toContain(controller);
      expect(text).toContain(contact);
      expect(text).not.toContain('Ymgyrch Cyd-gynhyrchu Cymru');
    }
    const warnings = (site: typeof named) => site.output().split('\n').filter((line) => line.includes('"module":"privacy"'));
    expect(warnings(unnamed).join('\n')).toContain('PRIVACY_CONTROLLER is not set');
    expect(warnings(unnamed).join('\n')).toContain('PRIVACY_CONTACT is not set');
    expect(warnings(named)).toEqual([]);
  });

  it('is linked from the foot of every page, in its language', async () => {
    expect(hrefs((await named.get('/')).html)).toContain('/privacy');
    expect(hrefs((await named.get('/cy/letters')).html)).toContain('/cy/privacy');
  });
});

describe('the forms people agree on', () => {
  it.each([
    ['the sign form', `/letters/${openLetter}`, '/privacy'],
    ['the Welsh sign form', `/cy/letters/${openLetter}`, '/cy/privacy'],
    ['the letter of support form', `/letters/${openLetter}/support/new`, '/privacy'],
    ['the Welsh letter of support form', `/cy/letters/${openLetter}/support/new`, '/cy/privacy'],
  ])('%s links to the notice beside its consent and carries the versions it shows', async (_, path, notice) => {
    const page = await named.get(path);
    expect(hrefs(consentOf(page.html))).toContain(notice);
    expect(fieldValue(page.html, 'consent_version')).toBe(currentConsentVersion);
    expect(fieldValue(page.html, 'notice_version')).toBe(currentNoticeVersion);
  });

  it('records, with a signature sent from the page, the versions the form showed and when', async () => {
    const page = await named.get(`/letters/${openLetter}`);
    const versions = { consent_version: fieldValue(page.html, 'consent_version') ?? '', notice_version: fieldValue(page.html, 'notice_version') ?? '' };
    const sent = await named.post(`/letters/${openLetter}`, aSigner({ email: 'form@example.cymru', updates: 'yes', ...versions }));
    expect(sent.status).toBe(303);
    const row = await (await database())
      .selectFrom('signatures')
      .select(['consent_version', 'notice_version', 'consented_at', 'updates_consented_at'])
      .where('email', '=', 'form@example.cymru')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ consent_version: currentConsentVersion, notice_version: currentNoticeVersion });
    expect(row.updates_consented_at).toBe(row.consented_at);
    expect(Number.isNaN(Date.parse(row.consented_at ?? ''))).toBe(false);
  });

  it('asks again, at the consent box, when a form carries words this site does not know', async () => {
    const page = await named.post(`/letters/${openLetter}`, aSigner({ email: 'stale@example.cymru', consent_version: '1999-01-01' }));
    expect(page.status).toBe(422);
    const message = 'This form is out of date: read the consent wording again, tick the box and send the form again';
    expect(textOf(element(page.html, 'p', 'id="consent-error"') ?? '')).toBe(`Error: ${message}`);
    expect(textOf(element(page.html, 'div', 'role="alert"') ?? '')).toContain(message);
    // Unticked, to be ticked under the words shown now, which the form now carries.
    expect(fieldValue(page.html, 'consent')).toBeUndefined();
    expect(fieldValue(page.html, 'consent_version')).toBe(currentConsentVersion);
    expect(fieldValue(page.html, 'name')).toBe('Siân Ŵyn Roberts');
    const stored = await (await database()).selectFrom('signatures').select('id').where('email', '=', 'stale@example.cymru').execute();
    expect(stored).toEqual([]);
  });
});
