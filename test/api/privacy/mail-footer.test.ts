import { describe, expect, it } from 'vitest';
import { approveSupport, rejectSupport } from '../../../api/support/support.moderation.ts';
import { approveOrganisation, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { sendTestUpdate, sendUpdate, writeUpdate } from '../../../api/updates/update.service.ts';
import { adminEmails, aSigner, asOrganisation, openLetter, origin, testApp } from '../../helpers/app.ts';
import { lastMailTo, mailsTo, type TestApp, verifiedSignature } from '../../helpers/signatures.ts';
import type { CaughtMail } from '../../helpers/smtp.ts';
import { awaitingSupport } from '../../helpers/support.ts';
import { campaigner, signInMailsTo, signInToken } from '../admin/admin.helpers.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';

const privacyLink = { en: `${origin}/privacy`, cy: `${origin}/cy/privacy` };
const words = { en: 'How we use your personal data (privacy notice)', cy: 'Sut rydym yn defnyddio eich data personol (hysbysiad preifatrwydd)' };

/** The notice is the last thing in both parts of the mail, in the mail's language. */
function expectPrivacyFooter(mail: CaughtMail | undefined, lang: 'en' | 'cy') {
  expect(mail, 'the mail arrived').toBeDefined();
  expect(mail!.text?.trimEnd().endsWith(`${words[lang]}:\n${privacyLink[lang]}`)).toBe(true);
  expect(String(mail!.html)).toContain(`<a href="${privacyLink[lang]}" style="color:#1d70b8">${words[lang]}</a>`);
}

const idOf = async (app: TestApp, email: string) => (await app.db.selectFrom('signatures').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

describe('the privacy notice at the foot of every mail', () => {
  it('closes the confirmation and the "already signed" notice, in the signer’s language', async () => {
    const app = await testApp();
    await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'nia@example.cymru' }), { 'accept-language': 'cy' });
    expectPrivacyFooter(await lastMailTo(app, 'nia@example.cymru'), 'cy');

    await verifiedSignature(app, { email: 'tom@example.org' });
    expectPrivacyFooter(mailsTo(app, 'tom@example.org').at(-1), 'en');
    await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'tom@example.org' }));
    const again = await lastMailTo(app, 'tom@example.org');
    expect(again.subject).toMatch(/^You have already signed/);
    expectPrivacyFooter(again, 'en');
  });

  it('closes the mails about an organisation’s approval and rejection', async () => {
    const app = await testApp();
    for (const email of ['approved@outlook.com', 'rejected@outlook.com']) {
      await verifiedSignature(app, asOrganisation('Grŵp Cymunedol', email, { website: 'https://grwp.org.uk/' }));
    }
    await approveOrganisation(app, await idOf(app, 'approved@outlook.com'), campaigner);
    await rejectOrganisation(app, await idOf(app, 'rejected@outlook.com'), campaigner, 'Not who they say');
    expectPrivacyFooter(await lastMailTo(app, 'approved@outlook.com'), 'en');
    expectPrivacyFooter(await lastMailTo(app, 'rejected@outlook.com'), 'en');
  });

  it('closes every mail to the author of a letter of support', async () => {
    const app = await testApp();
    const published = await awaitingSupport(app, { email: 'published@university.example' });
    expectPrivacyFooter(mailsTo(app, 'published@university.example').at(-1), 'en');
    await approveSupport(app, published.id, campaigner);
    expectPrivacyFooter(await lastMailTo(app, 'published@university.example'), 'en');
    const rejected = await awaitingSupport(app, { email: 'rejected@university.example' });
    await rejectSupport(app, rejected.id, campaigner, 'Off topic');
    expectPrivacyFooter(await lastMailTo(app, 'rejected@university.example'), 'en');
  });

  it('closes an update, its campaigner’s test copy and the campaigner’s sign-in link', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'news@example.cymru', updates: true });
    await app.db.updateTable('signatures').set({ locale: 'cy' }).where('email', '=', 'news@example.cymru').execute();
    const update = await writeUpdate(app, openLetter, { title_en: 'Delivered', body_en: 'We delivered it.', title_cy: 'Wedi’i gyflwyno', body_cy: 'Rydym wedi’i gyflwyno.' }, campaigner);
    await sendUpdate(app, update.id, campaigner);
    expectPrivacyFooter(await lastMailTo(app, 'news@example.cymru'), 'cy');

    // A campaigner signs in from the Welsh pages: the link, and the test copy after it, are in Welsh.
    await signIn(app, adminEmails, await signInToken(app, campaigner, 'cy'));
    expectPrivacyFooter(signInMailsTo(app, campaigner).at(-1), 'cy');
    await sendTestUpdate(app, update.id, campaigner);
    const test = await lastMailTo(app, campaigner);
    expect(test.subject).toBe('[Prawf] Wedi’i gyflwyno');
    expectPrivacyFooter(test, 'cy');
  });
});
