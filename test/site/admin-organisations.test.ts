import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const page = '/admin/organisations';

/** An organisation signs on the letter's page from an address at its website's domain and confirms: it is listed. */
async function listedOrganisation(organisation: string, email: string, type = 'third_sector') {
  const fields = { name: 'Ysgrifennydd', email, kind: 'organisation', organisation, organisation_type: type, website: `https://${email.split('@')[1]}/` };
  expect((await site.post(`/letters/${openLetter}`, aSigner(fields))).status).toBe(303);
  expect((await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')))).status).toBe(303);
}

/** The organisation's row in the workspace page: its signature id and markup. */
async function rowOf(cookie: string, organisation: string, lang: '' | '/cy' = '') {
  const res = await site.get(`${lang}${page}`, { cookie });
  expect(res.status).toBe(200);
  for (const { 'data-signature': id } of tags(res.html, 'tr')) {
    const html = id ? element(res.html, 'tr', `data-signature="${id}"`) : undefined;
    if (html?.includes(organisation)) return { id: id!, html, res };
  }
  return { id: undefined, html: undefined, res };
}

const publicList = async () => (await site.get(`/letters/${openLetter}/signatories?order=organisations`)).html;

describe('the workspace’s organisations page', () => {
  it('sends anyone signed out to sign in, in either language, and refuses a post from another site', async () => {
    for (const lang of ['', '/cy']) {
      const get = await site.get(`${lang}${page}`);
      const post = await site.post(`${lang}${page}`, { id: '1', notable: '1' });
      for (const res of [get, post]) expect([res.status, res.location]).toEqual([303, `${lang}/admin/sign-in`]);
    }
    const cookie = await site.signInAs(campaigner);
    const forged = await site.post(page, { id: '1', notable: '1' }, 'https://evil.example', { cookie });
    expect(forged.status).toBe(403);
  });

  it('lists each letter’s organisations and marks one notable: it then heads the public list, and the audit log says who', async () => {
    await listedOrganisation('Elusen Gyntaf', 'ysg@elusen-gyntaf.org.uk');
    await listedOrganisation('Bwrdd Nodedig', 'ysg@bwrdd-nodedig.nhs.wales', 'nhs');
    const cookie = await site.signInAs(campaigner);

    const home = await site.get('/admin', { cookie });
    expect(tags(home.html, 'a').map((a) => a.href)).toContain(page);

    const { id, html, res } = await rowOf(cookie, 'Elusen Gyntaf');
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(textOf(html ?? '')).toContain('Not notable');
    expect(textOf(element(html ?? '', 'button', 'type="submit"') ?? '')).toBe('Mark as notable');
    expect(tags(html ?? '', 'button')[0]?.['aria-label']).toBe('Mark as notable: Elusen Gyntaf');
    // Public Body, NHS … come before Third sector: without the mark, the charity is not first.
    expect(textOf(await publicList()).indexOf('Bwrdd Nodedig')).toBeLessThan(textOf(await publicList()).indexOf('Elusen Gyntaf'));

    const marked = await site.post(page, { id: id!, notable: '1' }, undefined, { cookie });
    expect([marked.status, marked.location]).toEqual([303, `${page}?done=marked`]);
    const after = await site.get(marked.location!, { cookie });
    expect(textOf(element(after.html, 'div', 'data-done="marked"') ?? '')).toContain('Marked as notable');
    expect(textOf((await rowOf(cookie, 'Elusen Gyntaf')).html ?? '')).toContain('Remove notable mark');

    const list = await publicList();
    expect(textOf(element(list, 'th', 'scope="colgroup"') ?? '')).toBe('Notable organisations');
    expect(textOf(list).indexOf('Elusen Gyntaf')).toBeLessThan(textOf(list).indexOf('Bwrdd Nodedig'));

    const audit = await site.get('/admin/audit', { cookie });
    const entry = element(audit.html, 'tr', 'data-action="organisation.notable"') ?? '';
    expect(textOf(entry)).toContain(campaigner);
    expect(textOf(entry)).toContain('Marked an organisation as notable');
    expect(textOf(entry)).toContain(`Signature ${id}`);

    const unmarked = await site.post(page, { id: id!, notable: '0' }, undefined, { cookie });
    expect(unmarked.location).toBe(`${page}?done=unmarked`);
    expect(textOf((await rowOf(cookie, 'Elusen Gyntaf')).html ?? '')).toContain('Not notable');
    expect(textOf(await publicList())).not.toContain('Notable organisations');
  });

  it('says nothing changed for a signature that is not a listed organisation, and refuses a malformed post', async () => {
    await site.post(`/letters/${openLetter}`, aSigner({ email: 'unigolyn.nodedig@example.cymru' }));
    const cookie = await site.signInAs(campaigner);
    const gone = await site.post(page, { id: '999999', notable: '1' }, undefined, { cookie });
    expect(gone.location).toBe(`${page}?done=gone`);
    const malformed: Record<string, string>[] = [{ id: 'x', notable: '1' }, { id: '1', notable: 'yes' }, {}];
    for (const fields of malformed) {
      expect((await site.post(page, fields, undefined, { cookie })).status).toBe(400);
    }
  });

  it('speaks Welsh on the Welsh page, and comes back to it', async () => {
    await listedOrganisation('Rhwydwaith Cymraeg', 'ysg@rhwydwaith-cymraeg.cymru', 'network');
    const cookie = await site.signInAs(campaigner, '/cy');
    const { id, html, res } = await rowOf(cookie, 'Rhwydwaith Cymraeg', '/cy');
    expect(res.html).toContain('<html lang="cy"');
    expect(textOf(res.html)).toContain('Sefydliadau ar y rhestrau');
    expect(textOf(element(html ?? '', 'button', 'type="submit"') ?? '')).toBe('Marcio yn nodedig');
    const marked = await site.post(`/cy${page}`, { id: id!, notable: '1' }, undefined, { cookie });
    expect(marked.location).toBe(`/cy${page}?done=marked`);
    expect(textOf((await site.get(marked.location!, { cookie })).html)).toContain("Wedi'i farcio yn nodedig");
  });
});
