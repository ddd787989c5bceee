import { describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.ts';
import { aSigner, element, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';
import { linkIn } from '../helpers/smtp.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const deliveryPage = `/admin/letters/${openLetter}/delivery`;

describe('a campaigner delivers the letter and publishes the reply', () => {
  it('prints the pack, mails it, logs a hand delivery, records the reply; the public sees the story', async () => {
    // One confirmed signer, so the pack has a number to carry.
    expect((await site.post(`/letters/${openLetter}`, aSigner({ email: 'elin@example.cymru', name: 'Elin Wyn' }))).status).toBe(303);
    expect((await site.post(pathOf(linkIn(await site.mailTo('elin@example.cymru'), 'confirm')))).status).toBe(303);
    const cookie = await site.signInAs(campaigner);

    const pack = await site.get(`/admin/letters/${openLetter}/pack`, { cookie });
    expect(pack.status).toBe(200);
    expect(textOf(pack.html)).toContain('1 confirmed signature');
    expect(textOf(pack.html)).toContain('Elin Wyn');

    const page = await site.get(deliveryPage, { cookie });
    expect(page.status).toBe(200);
    expect(tags(page.html, 'a').map((a) => a.href)).toContain(`/api/admin/letters/${openLetter}/pack.pdf?lang=cy`);

    const badMail = await site.post(deliveryPage, { form: 'mail', email: 'not an address' }, undefined, { cookie });
    expect(badMail.status).toBe(422);
    const mailed = await site.post(deliveryPage, { form: 'mail', email: 'first.minister@gov.example', pack_lang: 'cy' }, undefined, { cookie });
    expect(mailed.location).toBe(`${deliveryPage}?done=mail`);
    const mail = await site.mailTo('first.minister@gov.example');
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect((await pdfPages(new Uint8Array(pdf!.content)))[0]).toContain('Llythyr agored');

    const badDelivery = await site.post(deliveryPage, { form: 'delivery', delivered_on: 'yesterday', recipient: '', method: '' }, undefined, { cookie });
    expect(badDelivery.status).toBe(422);
    expect(textOf(element(badDelivery.html, 'div', 'class="error-summary"') ?? '')).toContain('Enter a date as year-month-day');
    const delivered = await site.post(deliveryPage, { form: 'delivery', delivered_on: '2026-11-20', recipient: 'Office of the First Minister', method: 'in_person' }, undefined, { cookie });
    expect(delivered.location).toBe(`${deliveryPage}?done=delivery`);
    const log = textOf(element((await site.get(deliveryPage, { cookie })).html, 'table', 'class="data-table"') ?? '');
    expect(log).toContain('20 November 2026 Office of the First Minister In person 1');

    const letter = await site.get(`/letters/${openLetter}`);
    const timeline = textOf(element(letter.html, 'section', 'class="timeline"') ?? '');
    expect(timeline).toContain('Delivered on 20 November 2026 (in person) with 1 signature.');
    expect(timeline).toContain('Awaiting a reply for 2 days.');

    const replied = await site.post(deliveryPage, { form: 'reply', received_on: '2026-11-22', sender: 'Y Prif Weinidog', lang: 'cy', body: 'Diolch am eich llythyr.\n\nByddwn yn ymateb yn llawn.' }, undefined, { cookie });
    expect(replied.location).toBe(`${deliveryPage}?done=reply`);
    const welsh = await site.get(`/cy/letters/${openLetter}`);
    const story = textOf(element(welsh.html, 'section', 'class="timeline"') ?? '');
    expect(story).toContain('Atebwyd ar 22 Tachwedd 2026: Y Prif Weinidog');
    expect(story).toContain('Byddwn yn ymateb yn llawn.');
    expect(story).not.toContain('Yn aros am ateb');
  });

  it('is closed to anyone signed out, the PDF too', async () => {
    expect((await site.get(deliveryPage)).status).toBe(303);
    expect((await site.get(`/admin/letters/${openLetter}/pack`)).status).toBe(303);
    expect((await fetch(`${site.origin}/api/admin/letters/${openLetter}/pack.pdf`)).status).toBe(401);
  });
});
