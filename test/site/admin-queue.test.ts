import { describe, expect, it } from 'vitest';
import { type CaughtMail, linkIn } from '../helpers/smtp.ts';
import { aSigner, element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const counts = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number; organisations: number } }).counts;

const mailCount = (email: string) => site.mailCount(email);
const signIn = (lang: '' | '/cy' = '') => site.signInAs(campaigner, lang);

/** An organisation signs from an address not at its website's domain and confirms it: it waits for a campaigner. */
async function waitingOrganisation(organisation: string, email: string, lang: '' | '/cy' = '') {
  const before = mailCount(email);
  const fields = { name: 'Rhian Prys', email, kind: 'organisation', organisation, organisation_type: 'nhs', website: 'https://bwrdd-enghraifft.nhs.wales', role: 'Chief Executive' };
  expect((await site.post(`${lang}/letters/${openLetter}`, aSigner(fields))).status).toBe(303);
  const confirmed = await site.post(pathOf(linkIn(await site.nextMailTo(email, before), 'confirm')));
  expect(confirmed.status).toBe(303);
}

/** The queue's entry for an organisation, by its name: the signature id and the entry's markup. */
async function entryOf(cookie: string, organisation: string, lang: '' | '/cy' = '') {
  const page = await site.get(`${lang}/admin/queue`, { cookie });
  expect(page.status).toBe(200);
  for (const { 'data-signature': id } of tags(page.html, 'section')) {
    const html = id ? element(page.html, 'section', `data-signature="${id}"`) : undefined;
    if (html?.includes(organisation)) return { id: id!, html, page };
  }
  return { id: undefined, html: undefined, page };
}

const publicList = async () => textOf((await site.get(`/letters/${openLetter}/signatories?order=organisations`)).html);

describe('the moderation queue', () => {
  it('lists a waiting organisation with what a campaigner needs, the email’s domain but never the address; the home counts it', async () => {
    await waitingOrganisation('Bwrdd Iechyd Ciw', 'rhian.prys@gmail.com');
    const cookie = await signIn();
    const home = await site.get('/admin', { cookie });
    expect(tags(home.html, 'a').map((a) => a.href)).toContain('/admin/queue');
    expect(Number(tags(home.html, 'li').find((p) => 'data-queue' in p)?.['data-queue'])).toBeGreaterThanOrEqual(1);

    const { html, page } = await entryOf(cookie, 'Bwrdd Iechyd Ciw');
    expect(page.headers.get('cache-control')).toContain('no-store');
    const text = textOf(html ?? '');
    expect(text).toContain('NHS body');
    expect(text).toContain('Rhian Prys, Chief Executive');
    expect(text).toContain('email at gmail.com, website at bwrdd-enghraifft.nhs.wales');
    expect(tags(html ?? '', 'a').map((a) => a.href)).toContain('https://bwrdd-enghraifft.nhs.wales/');
    expect(page.html).not.toContain('rhian.prys@gmail.com');
    expect(page.html).not.toContain('rhian.prys');
    expect(tags(html ?? '', 'textarea').map((t) => t.name)).toEqual(['reason']);

    const cy = await entryOf(cookie, 'Bwrdd Iechyd Ciw', '/cy');
    expect(cy.page.html).toContain('<html lang="cy"');
    expect(textOf(cy.html ?? '')).toContain('e-bost yn gmail.com, gwefan yn bwrdd-enghraifft.nhs.wales');
  });

  it('approving takes it off the queue, lists it as verified and counts it, mails the signer and is in the audit log', async () => {
    await waitingOrganisation('Bwrdd Iechyd Cymeradwy', 'approve.me@gmail.com', '/cy');
    const cookie = await signIn();
    const before = await counts();
    expect(await publicList()).not.toContain('Bwrdd Iechyd Cymeradwy');
    const { id } = await entryOf(cookie, 'Bwrdd Iechyd Cymeradwy');
    const mails = mailCount('approve.me@gmail.com');

    const res = await site.post('/admin/queue', { id: id!, decision: 'approve' }, undefined, { cookie });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/admin/queue?done=approved');
    const after = await site.get(res.location!, { cookie });
    expect(textOf(after.html)).toContain('Approved: the organisation is now listed as verified');
    expect(after.html).not.toContain('Bwrdd Iechyd Cymeradwy');

    expect(await counts()).toMatchObject({ total: before.total + 1, organisations: before.organisations + 1 });
    const list = await publicList();
    expect(list).toContain('Bwrdd Iechyd Cymeradwy');
    expect(list).toContain('Verified organisation');

    // The signer signed on the Welsh page: the mail is in Welsh.
    const mail = await site.nextMailTo('approve.me@gmail.com', mails);
    expect(mail.subject).toBe("Mae llofnod Bwrdd Iechyd Cymeradwy bellach yn cael ei ddangos fel un wedi'i ddilysu");

    const audit = await site.get('/admin/audit', { cookie });
    const row = element(audit.html, 'tr', 'data-action="organisation.approved"') ?? '';
    expect(textOf(row)).toContain(campaigner);
    expect(textOf(row)).toContain(`Signature ${id}`);
  });

  it('rejecting needs a reason: without one it is 422 with an error summary and nothing changes', async () => {
    await waitingOrganisation('Sefydliad Heb Reswm', 'no.reason@gmail.com');
    const cookie = await signIn();
    const { id } = await entryOf(cookie, 'Sefydliad Heb Reswm');
    const res = await site.post('/admin/queue', { id: id!, decision: 'reject', reason: '   ' }, undefined, { cookie });
    expect(res.status).toBe(422);
    const summary = element(res.html, 'div', 'data-error-summary') ?? '';
    expect(textOf(summary)).toContain('Enter the reason for rejecting this organisation');
    expect(tags(summary, 'a').map((a) => a.href)).toEqual([`#reason-${id}`]);
    expect((await entryOf(cookie, 'Sefydliad Heb Reswm')).id).toBe(id);
  });

  it('rejecting with a reason keeps it hidden and uncounted and mails the signer the reason', async () => {
    await waitingOrganisation('Sefydliad Gwrthodedig', 'reject.me@gmail.com');
    const cookie = await signIn();
    const before = await counts();
    const { id } = await entryOf(cookie, 'Sefydliad Gwrthodedig');
    const mails = mailCount('reject.me@gmail.com');
    const reason = 'The address is a personal one; please sign again from an address at the board’s website.';
    const res = await site.post('/admin/queue', { id: id!, decision: 'reject', reason }, undefined, { cookie });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/admin/queue?done=rejected');
    expect((await entryOf(cookie, 'Sefydliad Gwrthodedig')).id).toBeUndefined();
    expect(await counts()).toEqual(before);
    expect(await publicList()).not.toContain('Sefydliad Gwrthodedig');
    const mail = await site.nextMailTo('reject.me@gmail.com', mails);
    expect(mail.subject).toBe('Your signature for Sefydliad Gwrthodedig could not be shown');
    expect(mail.text).toContain(reason);

    // Deciding again changes nothing.
    const again = await site.post('/admin/queue', { id: id!, decision: 'approve' }, undefined, { cookie });
    expect(again.location).toBe('/admin/queue?done=gone');
    expect(await counts()).toEqual(before);
  });

  it('sends a signed-out or cross-site post to sign in or refuses it, and nothing changes', async () => {
    await waitingOrganisation('Sefydliad Diogel', 'safe@gmail.com');
    const cookie = await signIn();
    const { id } = await entryOf(cookie, 'Sefydliad Diogel');
    for (const lang of ['', '/cy']) {
      const res = await site.post(`${lang}/admin/queue`, { id: id!, decision: 'approve' });
      expect([res.status, res.location]).toEqual([303, `${lang}/admin/sign-in`]);
    }
    const forged = await site.post('/admin/queue', { id: id!, decision: 'approve' }, 'https://evil.example', { cookie });
    expect(forged.status).toBe(403);
    expect((await entryOf(cookie, 'Sefydliad Diogel')).id).toBe(id);
  });
});
