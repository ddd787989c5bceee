import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, fieldValue, hrefs, openLetter, openLetterTitle, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const total = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts.total;

describe('a supporter signs without JavaScript', () => {
  it('reads the letter, signs, confirms from the mail and finds their name everywhere', async () => {
    const letter = await site.get(`/letters/${openLetter}`);
    expect(letter.status).toBe(200);
    expect(textOf(letter.html)).toContain(openLetterTitle);
    const form = tags(letter.html, 'form').find((f) => f.method === 'post');
    expect(form?.action).toBe(`/letters/${openLetter}`);
    expect(fieldValue(letter.html, 'kind')).toBe('individual');
    expect(fieldValue(letter.html, 'country')).toBe('GB-WLS');
    expect(fieldValue(letter.html, 'show_name')).toBe('yes');
    expect(fieldValue(letter.html, 'consent')).toBeUndefined();
    expect(fieldValue(letter.html, 'updates')).toBeUndefined();
    const before = await total();

    const signed = await site.post(`/letters/${openLetter}`, aSigner({ email: 'sian@example.cymru', place: 'Aberystwyth' }));
    expect(signed.status).toBe(303);
    expect(signed.location).toBe(`/letters/${openLetter}/check-email`);

    const check = await site.get(signed.location ?? '');
    expect(check.status).toBe(200);
    expect(textOf(check.html)).toContain('Check your email');
    expect(textOf(check.html)).toContain('7 days');
    expect(check.html).not.toContain('sian@example.cymru');

    const mail = await site.mailTo('sian@example.cymru');
    const confirmPath = pathOf(linkIn(mail, 'confirm'));

    const confirmPage = await site.get(confirmPath);
    expect(confirmPage.status).toBe(200);
    expect(confirmPage.headers.get('cache-control')).toContain('no-store');
    expect(textOf(confirmPage.html)).toContain(openLetterTitle);
    expect(tags(confirmPage.html, 'form')).toHaveLength(1);
    expect(tags(confirmPage.html, 'button')).toHaveLength(1);
    expect(element(confirmPage.html, 'button', 'type="submit"')?.trim()).toBe('Confirm my signature');
    expect(await total()).toBe(before);

    const confirmed = await site.post(confirmPath);
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`/letters/${openLetter}/thank-you`);
    expect(await total()).toBe(before + 1);

    const thanks = await site.get(confirmed.location ?? '');
    expect(textOf(thanks.html)).toContain('Thank you for signing');
    expect(textOf(thanks.html)).toContain(`The letter now has ${before + 1} signature`);

    const list = await site.get(`/letters/${openLetter}/signatories`);
    expect(textOf(list.html)).toContain('Siân Ŵyn Roberts');
    expect(textOf(list.html)).toContain('Aberystwyth');
    expect(textOf(list.html)).toContain('Wales');
    const csvLink = hrefs(list.html).find((h) => h.includes('signatories.csv'));
    expect(csvLink).toBe(`/api/letters/${openLetter}/signatories.csv`);
    const csv = await fetch(new URL(csvLink ?? '', site.origin));
    expect(await csv.text()).toContain('Siân Ŵyn Roberts');

    const again = await site.post(confirmPath);
    expect(again.status).toBe(409);
    expect(textOf(again.html)).toContain('This link has already been used');
    expect(textOf(again.html)).toContain('If you already confirmed, your signature is counted');
    expect(hrefs(again.html)).toContain(`/letters/${openLetter}`);
    expect(await total()).toBe(before + 1);
  });

  it('lists a signer who hid their name as Anonymous supporter, and counts them', async () => {
    const before = await total();
    await site.post(`/letters/${openLetter}`, aSigner({ name: 'Gwilym Hidden', email: 'gwilym@example.cymru', show_name: 'no' }));
    await site.post(pathOf(linkIn(await site.mailTo('gwilym@example.cymru'), 'confirm')));

    const list = await site.get(`/letters/${openLetter}/signatories`);
    expect(textOf(list.html)).toContain('Anonymous supporter');
    expect(list.html).not.toContain('Gwilym');
    expect(await total()).toBe(before + 1);
  });
});

describe('a supporter withdraws with the link in their mail', () => {
  it('shows one button, then takes them off the list and out of the count', async () => {
    await site.post(`/letters/${openLetter}`, aSigner({ name: 'Dafydd Withdraws', email: 'dafydd@example.cymru' }));
    const mail = await site.mailTo('dafydd@example.cymru');
    await site.post(pathOf(linkIn(mail, 'confirm')));
    expect(textOf((await site.get(`/letters/${openLetter}/signatories`)).html)).toContain('Dafydd Withdraws');
    const before = await total();

    const withdrawPath = pathOf(linkIn(mail, 'withdraw'));
    const page = await site.get(withdrawPath);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(textOf(page.html)).toContain(openLetterTitle);
    expect(tags(page.html, 'button')).toHaveLength(1);
    expect(element(page.html, 'button', 'type="submit"')?.trim()).toBe('Withdraw my signature');
    expect(await total()).toBe(before);

    const withdrawn = await site.post(withdrawPath);
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.location).toBe(`/letters/${openLetter}/withdrawn`);
    const done = await site.get(withdrawn.location ?? '');
    expect(textOf(done.html)).toContain('Your signature has been withdrawn');
    expect(hrefs(done.html)).toContain(`/letters/${openLetter}`);

    expect(await total()).toBe(before - 1);
    expect(textOf((await site.get(`/letters/${openLetter}/signatories`)).html)).not.toContain('Dafydd Withdraws');

    const confirmAfterwards = await site.get(pathOf(linkIn(mail, 'confirm')));
    expect(confirmAfterwards.status).toBe(409);
    expect(hrefs(confirmAfterwards.html)).toContain(`/letters/${openLetter}`);
  });
});

describe('a mailed link that does not work', () => {
  it('says the link is not valid and offers the letters', async () => {
    const page = await site.get(`/confirm/${'A'.repeat(43)}`);
    expect(page.status).toBe(404);
    expect(textOf(page.html)).toContain('This link is not valid');
    expect(hrefs(page.html)).toContain('/letters');
    expect(tags(page.html, 'form')).toHaveLength(0);
  });

  it('refuses a POST to an unknown link without changing anything', async () => {
    const before = await total();
    const page = await site.post('/withdraw/not-a-token');
    expect(page.status).toBe(404);
    expect(await total()).toBe(before);
  });
});
