import { describe, expect, it } from 'vitest';
import type { HeldData } from '../../api/rights/held-data.ts';
import { rightsMailsPerHour } from '../../api/rights/rights-request.service.ts';
import { type CaughtMail, linkIn } from '../helpers/smtp.ts';
import { aSigner, element, hrefs, openLetter, openLetterTitle, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();

async function signedAndConfirmed(email: string, name: string, lang: '' | '/cy' = '') {
  expect((await site.post(`${lang}/letters/${openLetter}`, aSigner({ email, name }))).status).toBe(303);
  expect((await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')))).status).toBe(303);
}

/** Asks for one's data as a person does, and the mail that answers it. */
async function ask(email: string, lang: '' | '/cy' = '') {
  const before = site.mailCount(email);
  const answer = await site.post(`${lang}/my-data`, { email });
  return { answer, mail: () => site.nextMailTo(email, before) };
}

const copyIn = (mail: CaughtMail): HeldData => JSON.parse(mail.attachments.find((a) => a.filename === 'my-data.json')!.content.toString('utf8'));
const eraseLinkIn = (mail: CaughtMail) => pathOf(/https?:\/\/\S+\/my-data\/erase\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')![0]);
const publicList = async () => textOf((await site.get(`/letters/${openLetter}/signatories`)).html);
const total = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts.total;

describe('“What do we hold about you?”', () => {
  it('is linked from the foot of every page, in its language', async () => {
    expect(hrefs((await site.get('/')).html)).toContain('/my-data');
    expect(hrefs((await site.get(`/cy/letters/${openLetter}`)).html)).toContain('/cy/my-data');
  });

  it('answers an address it knows exactly as it answers one it does not, and mails each its own answer', async () => {
    await signedAndConfirmed('known@example.cymru', 'Enw Hysbys');
    const known = await ask('known@example.cymru');
    const unknown = await ask('unknown@example.cymru');
    for (const { answer } of [known, unknown]) expect([answer.status, answer.location]).toEqual([303, '/my-data/sent']);
    expect(known.answer.html).toBe(unknown.answer.html);
    expect([...known.answer.headers.keys()]).toEqual([...unknown.answer.headers.keys()]);
    const sent = await site.get('/my-data/sent');
    expect(textOf(sent.html)).toContain('Check your email');
    expect(textOf(sent.html)).not.toContain('@');

    const copy = await known.mail();
    expect(copy.subject).toBe('What Llofnod holds about you');
    expect(copyIn(copy).signatures.map((s) => [s.name, s.letter.title?.en])).toEqual([['Enw Hysbys', openLetterTitle]]);
    const nothing = await unknown.mail();
    expect(nothing.subject).toBe('Llofnod holds nothing under this address');
    expect(nothing.attachments).toEqual([]);
  });

  it('speaks Welsh under /cy, and the mail does too', async () => {
    await signedAndConfirmed('cymraeg@example.cymru', 'Enw Cymraeg', '/cy');
    const form = await site.get('/cy/my-data');
    expect(textOf(form.html)).toContain('Beth sydd gennym ni amdanoch chi?');
    const { answer, mail } = await ask('cymraeg@example.cymru', '/cy');
    expect(answer.location).toBe('/cy/my-data/sent');
    const copy = await mail();
    expect(copy.subject).toBe('Beth sydd gan Llofnod amdanoch chi');
    expect(copyIn(copy).signatures).toMatchObject([{ name: 'Enw Cymraeg', language: 'cy', letter: { slug: openLetter } }]);
    expect(eraseLinkIn(copy)).toMatch(/^\/cy\/my-data\/erase\//);
  });

  it('says what is wrong with an address that cannot be one, and keeps what was typed', async () => {
    for (const [lang, message] of [['', 'Enter an email address in the correct format'], ['/cy', 'Rhowch gyfeiriad e-bost yn y fformat cywir']] as const) {
      const page = await site.post(`${lang}/my-data`, { email: 'not-an-address' });
      expect(page.status).toBe(422);
      expect(textOf(page.html)).toContain(message);
      expect(tags(page.html, 'input').find((i) => i.name === 'email')?.value).toBe('not-an-address');
    }
  });

  it('mails one address no more than a few times an hour, and answers every request alike', async () => {
    const target = 'bombed@example.cymru';
    const answers = [];
    for (let i = 0; i <= rightsMailsPerHour; i++) answers.push((await site.post('/my-data', { email: target })).html);
    expect(new Set(answers).size).toBe(1);
    await site.nextMailTo(target, rightsMailsPerHour - 1);
    // The sender claims mail in the order it was asked for and sends a batch whole before it
    // claims the next: once a second request made after the first one's answer is answered,
    // any mail asked for before both has been sent.
    await (await ask('after.the.flood@example.cymru')).mail();
    await (await ask('after.the.flood@example.cymru')).mail();
    expect(site.mailCount(target)).toBe(rightsMailsPerHour);
  });
});

describe('a new withdraw link', () => {
  it('is offered where an old one no longer works, and the one mailed works', async () => {
    const dead = await site.get(`/withdraw/${'A'.repeat(43)}`);
    expect(hrefs(dead.html)).toContain('/my-data');
    await signedAndConfirmed('changed.mind@example.cymru', 'Enw Newid Meddwl');
    const before = await total();
    const mail = await (await ask('changed.mind@example.cymru')).mail();
    const withdraw = pathOf(linkIn(mail, 'withdraw'));
    expect((await site.get(withdraw)).status).toBe(200);
    expect((await site.post(withdraw)).status).toBe(303);
    expect(await total()).toBe(before - 1);
    expect(await publicList()).not.toContain('Enw Newid Meddwl');
  });
});

describe('the erase-me link', () => {
  it('shows what it would erase without erasing; the button erases; the link works once', async () => {
    await signedAndConfirmed('forget.me@example.cymru', 'Enw Anghofio');
    const erase = eraseLinkIn(await (await ask('forget.me@example.cymru')).mail());

    const page = await site.get(erase);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(textOf(element(page.html, 'ul', 'data-erasing="1"') ?? '')).toContain(`your signature on “${openLetterTitle}”, which is counted`);
    expect(tags(page.html, 'input').find((i) => i.name === 'withdraw')).not.toHaveProperty('checked');
    expect(element(page.html, 'button', 'type="submit"')?.trim()).toBe('Erase my data');
    expect(await publicList()).toContain('Enw Anghofio');

    const before = await total();
    const erased = await site.post(erase);
    expect([erased.status, erased.location]).toEqual([303, '/my-data/erased']);
    expect(textOf((await site.get('/my-data/erased')).html)).toContain('Your data has been erased');
    expect(await publicList()).not.toContain('Enw Anghofio');
    expect(await total()).toBe(before);

    for (const again of [await site.post(erase), await site.get(erase)]) {
      expect(again.status).toBe(409);
      expect(again.headers.get('cache-control')).toContain('no-store');
      expect(textOf(again.html)).toContain('This link has already erased your data.');
    }
    const nothing = await (await ask('forget.me@example.cymru')).mail();
    expect(nothing.subject).toBe('Llofnod holds nothing under this address');
  });

  it('takes the signature out of the count too when the person ticks it', async () => {
    await signedAndConfirmed('withdraw.and.forget@example.cymru', 'Enw Tynnu');
    const erase = eraseLinkIn(await (await ask('withdraw.and.forget@example.cymru')).mail());
    const before = await total();
    expect((await site.post(erase, { withdraw: 'yes' })).status).toBe(303);
    expect(await total()).toBe(before - 1);
  });

  it('refuses a link it never made', async () => {
    const page = await site.post(`/cy/my-data/erase/${'B'.repeat(43)}`);
    expect(page.status).toBe(404);
    expect(hrefs(page.html)).toContain('/cy/my-data');
  });
});
