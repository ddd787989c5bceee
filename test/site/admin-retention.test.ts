import { describe, expect, it } from 'vitest';
import { closedLetter, openLetter, siteUnderTest, textOf } from './browser.ts';

/** A campaigner reads how long personal data is kept, and when the sweep last ran and runs next. */
const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });

/** The servers sweep shortly after they start: the home page shows it once it has. */
async function homeAfterFirstRun(cookie: string, lang: '' | '/cy' = '') {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const home = await site.get(`${lang}/admin`, { cookie });
    if (home.html.includes('data-retention-last="') || Date.now() > deadline) return home;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the workspace shows the retention sweep', () => {
  it('on the home page: when it last ran, that it found nothing, when it runs next, and a link to the rules', async () => {
    const cookie = await site.signInAs(campaigner);
    const home = await homeAfterFirstRun(cookie);
    const text = textOf(home.html);
    // The test server's clock starts at 10:00 on 22 November 2026 (test/helpers/server.ts).
    expect(text).toContain('Personal data on a schedule');
    expect(text).toContain('Last run: 22 November 2026 at 10:00. It found nothing to remove.');
    expect(text).toContain('Next run: 22 November 2026 at 11:00.');
    expect(home.html).toContain('href="/admin/retention"');
  });

  it('on its own page: the rules in words, and the day each letter’s contact details go', async () => {
    const cookie = await site.signInAs(campaigner);
    const page = await site.get('/admin/retention', { cookie });
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain('is deleted 30 days after it was made');
    expect(text).toContain('6 months after a letter closes');
    expect(page.html).toMatch(new RegExp(`data-letter="${closedLetter}"[\\s\\S]*?30 June 2025[\\s\\S]*?1 January 2026`));
    expect(page.html).toMatch(new RegExp(`data-letter="${openLetter}"[\\s\\S]*?31 January 2027[\\s\\S]*?1 August 2027`));
  });

  it('in Welsh', async () => {
    const cookie = await site.signInAs(campaigner, '/cy');
    const home = textOf((await homeAfterFirstRun(cookie, '/cy')).html);
    expect(home).toContain('Data personol yn ôl amserlen');
    expect(home).toContain('Rhedodd ddiwethaf: 22 Tachwedd 2026 am 10:00.');
    const page = textOf((await site.get('/cy/admin/retention', { cookie })).html);
    expect(page).toContain('Am ba hyd y cedwir data personol');
    expect(page).toContain('6 mis ar ôl i lythyr gau');
  });

  it('is for campaigners only', async () => {
    const page = await site.get('/admin/retention');
    expect(page.status).toBe(303);
    expect(page.location).toBe('/admin/sign-in');
  });
});
