import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const page = '/admin/people';

async function signedAndConfirmed(email: string, name: string) {
  expect((await site.post(`/letters/${openLetter}`, aSigner({ email, name }))).status).toBe(303);
  expect((await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')))).status).toBe(303);
}

const publicList = async () => textOf((await site.get(`/letters/${openLetter}/signatories`)).html);

describe('the workspace’s people and data page', () => {
  it('sends anyone signed out to sign in, in either language', async () => {
    for (const lang of ['', '/cy']) {
      const get = await site.get(`${lang}${page}`);
      const post = await site.post(`${lang}${page}`, { email: 'a@example.org' });
      for (const res of [get, post]) expect([res.status, res.location]).toEqual([303, `${lang}/admin/sign-in`]);
    }
  });

  it('finds a signature by email (in a POST, never the address), hides it, then erases it with a reason', async () => {
    await signedAndConfirmed('Person.Page@example.org', 'Enw Tudalen');
    const cookie = await site.signInAs(campaigner);
    const empty = await site.get(page, { cookie });
    expect(empty.status).toBe(200);
    expect(tags(empty.html, 'form').every((f) => f.method === 'post')).toBe(true);
    expect(tags(empty.html, 'a').map((a) => a.href)).toContain(`/api/admin/letters/${openLetter}/export.csv`);

    const found = await site.post(page, { decision: 'find', email: 'person.page@EXAMPLE.org' }, undefined, { cookie });
    expect(found.status).toBe(200);
    const row = tags(found.html, 'tr').find((r) => r['data-signature']);
    const id = row!['data-signature']!;
    expect(textOf(element(found.html, 'tr', `data-signature="${id}"`) ?? '')).toContain('Enw Tudalen');
    expect(await publicList()).toContain('Enw Tudalen');

    const noReason = await site.post(page, { decision: 'hide', email: 'person.page@example.org', id, reason: ' ' }, undefined, { cookie });
    expect(noReason.status).toBe(422);
    expect(textOf(noReason.html)).toContain('Enter the reason for this change');

    const hidden = await site.post(page, { decision: 'hide', email: 'person.page@example.org', id, reason: 'Asked to be anonymous' }, undefined, { cookie });
    expect(hidden.status).toBe(200);
    expect(element(hidden.html, 'div', 'data-done="hidden"')).toBeDefined();
    expect(await publicList()).not.toContain('Enw Tudalen');

    const erased = await site.post(page, { decision: 'erase', email: 'person.page@example.org', id, reason: 'Asked to be forgotten', withdraw: 'yes' }, undefined, { cookie });
    expect(erased.status).toBe(200);
    expect(element(erased.html, 'div', 'data-done="erasedWithdrawn"')).toBeDefined();
    expect(element(erased.html, 'section', 'data-found="0"')).toBeDefined();

    const audit = await site.get('/admin/audit', { cookie });
    expect(textOf(element(audit.html, 'tr', 'data-action="data.erased"') ?? '')).toContain('Erased a signer’s personal data');
    expect(audit.html).not.toContain('Enw Tudalen');
    expect(audit.html).not.toContain('person.page@example.org');
  });

  it('shows a signature a bot’s form made as set aside, and releases it with a reason, which mails its signer', async () => {
    expect((await site.post(`/letters/${openLetter}`, aSigner({ email: 'set.aside@example.org', name: 'Enw Neilltuedig', homepage: 'http://x.example' }))).status).toBe(303);
    const cookie = await site.signInAs(campaigner);
    const found = await site.post(page, { decision: 'find', email: 'set.aside@example.org' }, undefined, { cookie });
    const row = tags(found.html, 'tr').find((r) => r['data-signature']);
    expect(row?.['data-state']).toBe('fraudulent');
    expect(textOf(found.html)).toContain('Set aside as suspected abuse');
    const id = row!['data-signature']!;

    const released = await site.post(page, { decision: 'release', email: 'set.aside@example.org', id, reason: 'A real person: she phoned us' }, undefined, { cookie });
    expect(released.status).toBe(200);
    expect(element(released.html, 'div', 'data-done="released"')).toBeDefined();
    expect(linkIn(await site.mailTo('set.aside@example.org'), 'confirm')).toContain('/confirm/');
    const again = await site.post(page, { decision: 'release', email: 'set.aside@example.org', id, reason: 'Again' }, undefined, { cookie });
    expect(element(again.html, 'div', 'data-done="notSetAside"')).toBeDefined();
  });

  it('speaks Welsh under /cy', async () => {
    const cookie = await site.signInAs(campaigner, '/cy');
    const res = await site.get(`/cy${page}`, { cookie });
    expect(res.status).toBe(200);
    expect(textOf(element(res.html, 'h1', '') ?? res.html)).toContain('Pobl a’u data');
  });
});
