import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
// Low thresholds, so that a test's few signatures are a flood.
const site = siteUnderTest({ ADMIN_EMAILS: campaigner, TREND_NOTICE_PER_HOUR: '2', TREND_ALERT_PER_HOUR: '3' });
const review = `/admin/letters/${openLetter}/review`;

async function signedAndConfirmed(email: string, name: string) {
  expect((await site.post(`/letters/${openLetter}`, aSigner({ email, name }))).status).toBe(303);
  expect((await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')))).status).toBe(303);
}

const publicCount = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts;
const publicNames = async () => textOf((await site.get(`/letters/${openLetter}/signatories`)).html);

describe('a campaigner reviewing a letter’s signatures', () => {
  it('sends anyone signed out to sign in', async () => {
    for (const path of [review, '/admin/trending', `/cy${review}`]) {
      const res = await site.get(path);
      expect([res.status, res.location]).toEqual([303, path.startsWith('/cy') ? '/cy/admin/sign-in' : '/admin/sign-in']);
    }
  });

  it('sees a flood in the trending report, previews invalidating it, confirms with a reason, and undoes it', async () => {
    await signedAndConfirmed('nia@example.cymru', 'Nia Real');
    for (const i of [1, 2, 3]) await signedAndConfirmed(`bot${i}@bots.example`, `Bot Name ${i}`);
    const before = (await publicCount()).total;
    const cookie = await site.signInAs(campaigner);

    const trending = await site.get('/admin/trending', { cookie });
    expect(trending.status).toBe(200);
    const domains = element(trending.html, 'section', 'data-source="domain"') ?? '';
    expect(tags(domains, 'tr').find((r) => r['data-row'] === 'bots.example')?.['data-level']).toBe('alert');
    expect(tags(trending.html, 'a').some((a) => a.href === `/admin/letters/${openLetter}#pause-heading`)).toBe(true);

    // The report's button for the domain posts it to the letter's review page: a preview, nothing moved yet.
    const preview = await site.post(review, { decision: 'preview', action: 'invalidate', domain: 'bots.example' }, undefined, { cookie });
    expect(preview.status).toBe(200);
    expect(textOf(element(preview.html, 'section', 'data-preview') ?? '')).toContain('It would invalidate 3 signatures.');
    expect(textOf(preview.html)).toContain('The letter’s count would fall by 3 (3 individuals, 0 organisations).');
    expect((await publicCount()).total).toBe(before);

    const confirm = { decision: 'decide', action: 'invalidate', domain: 'bots.example', range: '', from: '', to: '', expected: '3' };
    const noReason = await site.post(review, { ...confirm, reason: '' }, undefined, { cookie });
    expect(noReason.status).toBe(422);
    expect(textOf(noReason.html)).toContain('Enter the reason for this decision');

    const decided = await site.post(review, { ...confirm, reason: 'Names from a bot' }, undefined, { cookie });
    expect([decided.status, decided.location]).toEqual([303, `${review}?done=invalidated`]);
    expect((await publicCount()).total).toBe(before - 3);
    expect(await publicNames()).not.toContain('Bot Name 2');
    expect(await publicNames()).toContain('Nia Real');

    const after = await site.get(`${review}?done=invalidated`, { cookie });
    expect(element(after.html, 'div', 'data-done="invalidated"')).toBeDefined();
    const action = tags(after.html, 'tr').find((r) => r['data-bulk-action'])!['data-bulk-action']!;
    expect(textOf(element(after.html, 'tr', `data-bulk-action="${action}"`) ?? '')).toContain('Invalidated 3 signatures (3 counted)');

    const undone = await site.post(review, { decision: 'undo', id: action, reason: 'They were real after all' }, undefined, { cookie });
    expect([undone.status, undone.location]).toEqual([303, `${review}?done=undone`]);
    expect((await publicCount()).total).toBe(before);
    expect(await publicNames()).toContain('Bot Name 2');
  });

  it('shows the signature a bot’s form made as set aside, and validates the chosen ones, which mails them', async () => {
    expect((await site.post(`/letters/${openLetter}`, aSigner({ email: 'trapped@example.org', name: 'Enw Trap', homepage: 'http://x.example' }))).status).toBe(303);
    const cookie = await site.signInAs(campaigner);
    const letterPage = await site.get(`/admin/letters/${openLetter}`, { cookie });
    expect(tags(letterPage.html, 'a').some((a) => a.href === review)).toBe(true);

    const page = await site.get(review, { cookie });
    const row = tags(page.html, 'tr').find((r) => r['data-set-aside-row']);
    expect(textOf(element(page.html, 'tr', `data-set-aside-row="${row!['data-set-aside-row']}"`) ?? '')).toContain('Enw Trap');
    expect(textOf(page.html)).toContain('Filled the hidden field');
    expect(page.html).not.toContain('trapped@example.org');

    const nothingChosen = await site.post(review, { decision: 'validate-chosen', reason: 'Real' }, undefined, { cookie });
    expect(nothingChosen.status).toBe(422);
    expect(textOf(nothingChosen.html)).toContain('Choose at least one signature');

    const before = site.mailCount('trapped@example.org');
    const validated = await site.post(review, { decision: 'validate-chosen', id: row!['data-set-aside-row']!, reason: 'She phoned us' }, undefined, { cookie });
    expect([validated.status, validated.location]).toEqual([303, `${review}?done=validated`]);
    expect(linkIn(await site.nextMailTo('trapped@example.org', before), 'confirm')).toContain('/confirm/');
  });

  it('speaks Welsh under /cy, and says what is wrong with a set chosen badly', async () => {
    const cookie = await site.signInAs(campaigner, '/cy');
    const trending = await site.get('/cy/admin/trending', { cookie });
    expect(textOf(trending.html)).toContain("Tueddiadau: o ble y daw'r cadarnhadau");
    const bad = await site.post(`/cy${review}`, { decision: 'preview', action: 'invalidate', range: '300.1.1.1', domain: '' }, undefined, { cookie });
    expect(bad.status).toBe(422);
    expect(textOf(bad.html)).toContain('Rhowch gyfeiriad neu ystod fel 203.0.113.0/24');
  });
});
