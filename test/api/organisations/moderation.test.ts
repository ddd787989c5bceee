import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { NotAwaitingApprovalError } from '../../../api/errors.ts';
import { organisationRejectedMail } from '../../../api/mail/templates/organisation.mails.ts';
import { approveOrganisation, awaitingApproval, awaitingCount, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { asOrganisation, testApp } from '../../helpers/app.ts';
import { type TestApp, mailsTo, verifiedSignature } from '../../helpers/signatures.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const unmatched = asOrganisation('Iechyd Cyhoeddus Cymru', 'director@gmail.com', { organisation_type: 'nhs', website: 'https://phw.nhs.wales/', role: 'Director' });
const rowOf = (app: TestApp, email: string) => app.db.selectFrom('signatures').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
const outboxOf = (app: TestApp, id: number) =>
  app.db.selectFrom('outbox').select(['kind', 'signature_id']).where('signature_id', '=', id).orderBy('id').execute();

async function waiting(app: TestApp, overrides: Record<string, unknown> = {}, locale: 'en' | 'cy' = 'en') {
  await verifiedSignature(app, { ...unmatched, ...overrides });
  const email = (overrides['email'] as string | undefined) ?? unmatched.email;
  const row = await rowOf(app, email);
  if (locale === 'cy') await app.db.updateTable('signatures').set({ locale: 'cy' }).where('id', '=', row.id).execute();
  return row;
}

describe('the moderation queue', () => {
  it('lists the confirmed organisations awaiting approval, oldest first, with the email’s domain only', async () => {
    const app = await testApp();
    await verifiedSignature(app, asOrganisation('Matched', 'a@example.org'));
    await waiting(app);
    app.clock.advance(1000);
    await waiting(app, { email: 'second@outlook.com', organisation: 'Second Org', website: 'https://www.second.org.uk/' });
    const queue = await awaitingApproval(app);
    expect(queue.map((o) => [o.organisation, o.emailDomain, o.websiteDomain])).toEqual([
      ['Iechyd Cyhoeddus Cymru', 'gmail.com', 'phw.nhs.wales'],
      ['Second Org', 'outlook.com', 'www.second.org.uk'],
    ]);
    expect(queue[0]).toMatchObject({ organisationType: 'nhs', website: 'https://phw.nhs.wales/', role: 'Director' });
    expect(JSON.stringify(queue)).not.toContain('director@');
    expect(await awaitingCount(app)).toBe(2);
    await approveOrganisation(app, queue[0]!.id, campaigner);
    expect((await awaitingApproval(app)).map((o) => o.organisation)).toEqual(['Second Org']);
    expect(await awaitingCount(app)).toBe(1);
  });
});

describe('a decision on an organisation', () => {
  it('approving writes an audit entry and mails the signer, in English, that it is shown as verified', async () => {
    const app = await testApp();
    const row = await waiting(app);
    await approveOrganisation(app, row.id, campaigner);
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ actor: campaigner, action: 'organisation.approved', subject_type: 'signature', subject_id: String(row.id), at: app.clock().toISOString() });
    expect(await outboxOf(app, row.id)).toContainEqual({ kind: 'organisation_approved', signature_id: row.id });

    const before = mailsTo(app, unmatched.email).length;
    await app.sendAllMail();
    const mails = mailsTo(app, unmatched.email);
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe('Iechyd Cyhoeddus Cymru is now shown as a verified organisation');
    expect(mail.text).toContain('your organisation’s signature is now shown as verified');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('rejecting keeps the reason in the audit entry and mails it to the signer, in Welsh for a Welsh signer', async () => {
    const app = await testApp();
    const row = await waiting(app, {}, 'cy');
    const reason = 'Nid yw’r cyfeiriad e-bost yn un o gyfeiriadau’r sefydliad';
    await rejectOrganisation(app, row.id, campaigner, reason);
    const [entry] = await latestAudit(app.db, 1);
    expect(entry).toMatchObject({ actor: campaigner, action: 'organisation.rejected', subject_type: 'signature', subject_id: String(row.id) });
    expect(JSON.parse(entry!.detail ?? '{}')).toMatchObject({ reason });
    expect(await outboxOf(app, row.id)).toContainEqual({ kind: 'organisation_rejected', signature_id: row.id });

    await app.sendAllMail();
    const mail = mailsTo(app, unmatched.email).at(-1)!;
    expect(mail.subject).toBe('Nid oedd modd dangos eich llofnod ar ran Iechyd Cyhoeddus Cymru');
    expect(mail.text).toContain(`Rheswm yr ymgyrchydd: ${reason}`);
    expect(mail.text).toContain('atebwch yr e-bost hwn');
    expect(mail.html).toContain('<html lang="cy">');
  });

  it('writes no audit entry and queues no mail when nothing was decided', async () => {
    const app = await testApp();
    const row = await waiting(app);
    await approveOrganisation(app, row.id, campaigner);
    const audit = (await latestAudit(app.db, 100)).length;
    const outbox = (await outboxOf(app, row.id)).length;
    await expect(rejectOrganisation(app, row.id, campaigner, 'late')).rejects.toThrow(NotAwaitingApprovalError);
    expect((await latestAudit(app.db, 100)).length).toBe(audit);
    expect((await outboxOf(app, row.id)).length).toBe(outbox);
  });
});

describe('the rejection mail', () => {
  it('carries the reason in both parts, escaped in the HTML, with a contact line', () => {
    const common = { origin: 'https://x.test', name: 'Siân', organisation: 'Org & Co', letterTitle: 'The letter', letterUrl: 'https://x.test/letters/a', withdrawUrl: 'https://x.test/withdraw/t' };
    const en = organisationRejectedMail({ ...common, locale: 'en', reason: 'The address <b>is</b> personal' });
    expect(en.subject).toBe('Your signature for Org & Co could not be shown');
    expect(en.text).toContain('The campaigner’s reason: The address <b>is</b> personal');
    expect(en.html).toContain('The address &lt;b&gt;is&lt;/b&gt; personal');
    expect(en.text).toContain('reply to this email');
  });
});
