import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, fieldValue, hrefs, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const total = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts.total;
const cyLetter = `/cy/letters/${openLetter}`;

describe('a Welsh speaker signs without JavaScript', () => {
  it('signs at /cy/, confirms from the Welsh mail, and is counted on both languages’ pages', async () => {
    const letter = await site.get(cyLetter);
    expect(letter.status).toBe(200);
    expect(letter.html).toMatch(/<html lang="cy">/);
    expect(tags(letter.html, 'form').find((f) => f.method === 'post')?.action).toBe(cyLetter);
    expect(textOf(element(letter.html, 'button', 'type="submit"') ?? '')).toBe("Llofnodi'r llythyr");
    const before = await total();

    const signed = await site.post(cyLetter, aSigner({ email: 'nia@example.cymru', name: 'Nia Ŵyn', place: 'Caerdydd' }));
    expect(signed.status).toBe(303);
    expect(signed.location).toBe(`${cyLetter}/check-email`);
    const check = await site.get(signed.location ?? '');
    expect(textOf(check.html)).toContain('Gwiriwch eich e\u2011bost');
    expect(textOf(check.html)).toContain('7 diwrnod');

    const mail = await site.mailTo('nia@example.cymru');
    const confirmPath = pathOf(linkIn(mail, 'confirm'));
    expect(confirmPath).toMatch(/^\/cy\/confirm\//);
    const confirmPage = await site.get(confirmPath);
    expect(textOf(element(confirmPage.html, 'button', 'type="submit"') ?? '')).toBe('Cadarnhau fy llofnod');
    expect(await total()).toBe(before);

    const confirmed = await site.post(confirmPath);
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`${cyLetter}/thank-you`);
    const thanks = await site.get(confirmed.location ?? '');
    expect(textOf(thanks.html)).toContain('Diolch am lofnodi');
    expect(textOf(thanks.html)).toContain(`Mae gan y llythyr ${before + 1} llofnod erbyn hyn.`);
    expect(tags(thanks.html, 'input').find((i) => i.id === 'letter-url')?.value).toBe(`${site.origin}${cyLetter}`);

    const list = await site.get(`${cyLetter}/signatories`);
    expect(textOf(list.html)).toContain('Nia Ŵyn');
    expect(textOf(list.html)).toContain('Cymru');
    // One letter, one count: the English page counts the Welsh signature too.
    expect(textOf((await site.get(`/letters/${openLetter}`)).html)).toContain(`${before + 1} signature`);
    expect(textOf((await site.get(`/letters/${openLetter}/signatories`)).html)).toContain('Nia Ŵyn');
  });

  it('withdraws from the Welsh mail and lands on the Welsh page', async () => {
    await site.post(cyLetter, aSigner({ email: 'owain@example.cymru', name: 'Owain Tynnu' }));
    const mail = await site.mailTo('owain@example.cymru');
    await site.post(pathOf(linkIn(mail, 'confirm')));
    const withdrawPath = pathOf(linkIn(mail, 'withdraw'));
    expect(withdrawPath).toMatch(/^\/cy\/withdraw\//);
    expect(textOf(element((await site.get(withdrawPath)).html, 'button', 'type="submit"') ?? '')).toBe('Tynnu fy llofnod yn ôl');

    const withdrawn = await site.post(withdrawPath);
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.location).toBe(`${cyLetter}/withdrawn`);
    const done = await site.get(withdrawn.location ?? '');
    expect(textOf(done.html)).toContain("Mae eich llofnod wedi'i dynnu'n ôl");
    expect(hrefs(done.html)).toContain(cyLetter);
  });
});

describe('a Welsh form with mistakes', () => {
  it('comes back in Welsh: "Gwall:" title, the summary first, Welsh messages at the fields', async () => {
    const page = await site.post(cyLetter, { name: '', email: 'nid-cyfeiriad', country: 'GB-WLS' });
    expect(page.status).toBe(422);
    expect(page.html).toMatch(/<title>Gwall: /);
    const main = element(page.html, 'main', 'id="main-content"') ?? '';
    expect(main.trimStart()).toMatch(/^<div class="error-summary"/);
    expect(textOf(main)).toContain('Mae problem');
    expect(textOf(element(page.html, 'p', 'id="name-error"') ?? '')).toBe('Gwall: Rhowch eich enw');
    expect(textOf(element(page.html, 'p', 'id="email-error"') ?? '')).toContain('Rhowch gyfeiriad e-bost');
    expect(fieldValue(page.html, 'email')).toBe('nid-cyfeiriad');
  });
});

describe('the Welsh list of signatories', () => {
  it('gives dates, numbers and country names in Welsh, and keeps the filters when switching language', async () => {
    for (const [name, country] of [
      ['Gwen o Gaeredin', 'GB-SCT'],
      ['Jo from Ohio', 'US'],
    ] as const) {
      const email = `${country.toLowerCase()}@example.org`;
      await site.post(`/letters/${openLetter}`, aSigner({ name, email, country }));
      await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')));
    }
    const list = await site.get(`${cyLetter}/signatories`);
    const text = textOf(list.html);
    expect(text).toContain('Yr Alban');
    expect(text).toContain('Yr Unol Daleithiau');
    expect(text).toContain('22 Tachwedd 2026');
    expect(text).toMatch(/Cyfanswm y llofnodion wedi'u cadarnhau: \d+/);
    expect(tags(list.html, 'option').find((o) => o.value === 'GB-SCT')?.value).toBe('GB-SCT');
    expect(textOf(element(list.html, 'select', 'name="country"') ?? '')).toContain('Yr Unol Daleithiau');

    const filtered = await site.get(`${cyLetter}/signatories?country=US`);
    expect(textOf(filtered.html)).toContain('Jo from Ohio');
    expect(textOf(filtered.html)).not.toContain('Gwen o Gaeredin');
    const english = tags(filtered.html, 'a').find((a) => a.hreflang === 'en' && a.lang === 'en');
    expect(english?.href).toBe(`/letters/${openLetter}/signatories?country=US`);
  });
});
