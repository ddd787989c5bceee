import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, fieldValue, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const cyLetter = `/cy/letters/${openLetter}`;
const counts = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number; organisations: number } }).counts;

/** Signs on the Welsh page and confirms from the Welsh mail, as a person without JavaScript would. */
async function signAndConfirm(fields: Record<string, string>) {
  const signed = await site.post(cyLetter, aSigner(fields));
  expect(signed.status).toBe(303);
  const confirmed = await site.post(pathOf(linkIn(await site.mailTo(fields['email'] ?? ''), 'confirm')));
  expect(confirmed.status).toBe(303);
}

describe('an organisation signs on the Welsh page', () => {
  it('is asked, in Welsh, for its type and website, which the page explains without JavaScript', async () => {
    const page = await site.get(cyLetter);
    const types = element(page.html, 'select', 'name="organisation_type"') ?? '';
    expect(textOf(types)).toContain('Corff GIG');
    expect(textOf(types)).toContain('Awdurdod lleol');
    expect(tags(page.html, 'input').find((i) => i.name === 'website')?.type).toBe('url');
    expect(textOf(page.html)).toContain('Gwefan y sefydliad');
    expect(textOf(page.html)).toContain('Yn ofynnol wrth lofnodi ar ran sefydliad');
  });

  it('is told in Welsh what is missing, and keeps what it typed', async () => {
    const page = await site.post(cyLetter, aSigner({ kind: 'organisation', organisation: 'Cyngor Sir Enghraifft', website: 'nid gwefan' }));
    expect(page.status).toBe(422);
    expect(textOf(page.html)).toContain('Dewiswch y math o sefydliad');
    expect(textOf(page.html)).toContain('Rhowch gyfeiriad gwefan yn y fformat cywir');
    expect(fieldValue(page.html, 'website')).toBe('nid gwefan');
    expect(fieldValue(page.html, 'organisation')).toBe('Cyngor Sir Enghraifft');
  });

  it('from an address at its website’s domain, is listed as verified and counted, under its type', async () => {
    const before = await counts();
    await signAndConfirm({
      ...{ email: 'clerc@cyngor-enghraifft.cymru', name: 'Clerc y Cyngor', kind: 'organisation', organisation: 'Cyngor Sir Enghraifft' },
      ...{ organisation_type: 'local_authority', website: 'www.cyngor-enghraifft.cymru', role: 'Prif Weithredwr' },
    });
    expect(await counts()).toMatchObject({ total: before.total + 1, organisations: before.organisations + 1 });

    const list = await site.get(`${cyLetter}/signatories?order=organisations`);
    const text = textOf(list.html);
    expect(text).toContain('Cyngor Sir Enghraifft');
    expect(text).toContain("Sefydliad wedi'i ddilysu");
    expect(element(list.html, 'th', 'scope="colgroup"')).toContain('Awdurdod lleol');
    expect(fieldValue(list.html, 'order')).toBe('organisations');
    // The CSV link keeps the order.
    expect(list.html).toContain(`/api/letters/${openLetter}/signatories.csv?order=organisations`);
  });

  it('from any other address, is neither listed nor counted until a campaigner approves it', async () => {
    const before = await counts();
    await signAndConfirm({
      ...{ email: 'rhywun@example.com', name: 'Rhywun', kind: 'organisation', organisation: 'Bwrdd Iechyd Enghraifft' },
      ...{ organisation_type: 'nhs', website: 'https://bwrdd.nhs.wales' },
    });
    expect(await counts()).toEqual(before);
    expect(textOf((await site.get(`${cyLetter}/signatories`)).html)).not.toContain('Bwrdd Iechyd Enghraifft');
  });
});
