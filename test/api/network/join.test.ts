import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { InvalidInputError, NotAwaitingApprovalError } from '../../../api/errors.ts';
import { approveMember, declineMember } from '../../../api/network/member.decision.ts';
import { awaitingMembers } from '../../../api/network/join.repository.ts';
import { emailKey } from '../../../api/signatures/email.ts';
import { asOrganisation, racingServer, testApp } from '../../helpers/app.ts';
import { anApplicant, anOrganisationApplicant, applyToJoin, awaitingMember } from '../../helpers/members.ts';
import { lastMailTo, mailsTo, type TestApp, verifiedSignature } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const coordinator = 'cydlynydd@rhwydwaith.cymru';
const dayMs = 24 * 60 * 60 * 1000;
const memberOf = (app: TestApp, email: string) => app.db.selectFrom('members').selectAll().where('email_key', '=', emailKey(email)).executeTakeFirstOrThrow();
const counts = async (app: TestApp) => (await app.get('/api/network')).json();

describe('POST /api/network/members', () => {
  it('keeps the application unconfirmed and mails a link to confirm it, showing nothing the applicant did not tick', async () => {
    const app = await testApp();
    const res = await app.post('/api/network/members', anApplicant({ shown: undefined }));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ status: 'pending' });
    const row = await memberOf(app, 'sian@example.cymru');
    expect(row).toMatchObject({ state: 'unconfirmed', kind: 'individual', area: 'W06000008', shown: '[]', principles_version: '2026-12', locale: 'en' });
    expect(JSON.parse(row.practices)).toEqual(['housing', 'community-development']);
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Confirm your application to join the Co-production Network for Wales');
    expect(mail.text).toMatch(/https:\/\/llofnod\.test\/network\/confirm\/[A-Za-z0-9_-]+/);
  });

  it('writes to a Welsh applicant in Welsh, with a link to the Welsh page', async () => {
    const app = await testApp();
    await app.post('/api/network/members', anApplicant(), { 'accept-language': 'cy' });
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Cadarnhewch eich cais i ymuno â Rhwydwaith Cyd-gynhyrchu Cymru');
    expect(mail.text).toContain('https://llofnod.test/cy/network/confirm/');
  });

  it('takes a form with several boxes ticked', async () => {
    const app = await testApp();
    const form = new URLSearchParams({ name: 'Siân', email: 'sian@example.cymru', area: 'beyond', principles: 'on', consent: 'on' });
    for (const p of ['health', 'research']) form.append('practices', p);
    for (const f of ['name', 'profile']) form.append('shown', f);
    const res = await app.api.request('/api/network/members', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://llofnod.test' }, body: form.toString() });
    expect(res.status).toBe(202);
    expect(await memberOf(app, 'sian@example.cymru')).toMatchObject({ area: 'beyond', practices: '["health","research"]', shown: '["name","profile"]' });
  });

  it('names every answer that needs correcting and keeps nothing', async () => {
    const app = await testApp();
    const res = await app.post('/api/network/members', anApplicant({ area: 'W99', practices: ['juggling'], profile: 'x'.repeat(1001), principles: false, consent: false, shown: ['email'] }));
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({
      area: 'Choose the area where you work, or “Beyond Wales”',
      practices: 'Choose areas of practice from the list',
      profile: 'Your profile must be 1,000 characters or fewer',
      principles: 'Tick the box to agree to the network’s principles',
      consent: 'Tick the box to agree to us holding what you tell us about yourself',
      shown: 'Choose what the directory may show from the list',
    });
    expect(await app.db.selectFrom('members').selectAll().execute()).toEqual([]);
  });

  it('asks an organisation for its name, type and website', async () => {
    const app = await testApp();
    const res = await app.post('/api/network/members', anApplicant({ kind: 'organisation' }), { 'accept-language': 'cy' });
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(error.fields).sort()).toEqual(['organisation', 'organisation_type', 'website']);
  });

  describe('when the address already belongs or is waiting', () => {
    it('answers exactly as the first time, changes nothing and mails nothing', async () => {
      const app = await testApp();
      const id = await awaitingMember(app);
      const before = await memberOf(app, 'sian@example.cymru');
      const mailed = mailsTo(app, 'sian@example.cymru').length;
      const again = await app.post('/api/network/members', anApplicant({ email: 'Sian+network@Example.Cymru', name: 'Someone Else' }));
      expect(again.status).toBe(202);
      expect(await again.json()).toEqual({ status: 'pending' });
      await approveMember(app, id, coordinator);
      await app.post('/api/network/members', anApplicant({ name: 'Someone Else' }));
      await app.sendAllMail();
      expect(mailsTo(app, 'sian@example.cymru').map((m) => m.subject)).toHaveLength(mailed + 1);
      expect((await memberOf(app, 'sian@example.cymru')).name).toBe(before.name);
    });
  });

  it('mails an unconfirmed address again, but no more than three times a day', async () => {
    const app = await testApp();
    for (let i = 0; i < 5; i++) expect((await app.post('/api/network/members', anApplicant())).status).toBe(202);
    await app.sendAllMail();
    expect(mailsTo(app, 'sian@example.cymru')).toHaveLength(3);
  });
});

describe('confirming an application by its mailed link', () => {
  it('makes it wait for a coordinator, once', async () => {
    const app = await testApp();
    const { token } = await applyToJoin(app);
    const res = await app.post('/api/network/members/confirm', { token });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'awaiting_approval' });
    expect(await memberOf(app, 'sian@example.cymru')).toMatchObject({ state: 'awaiting_approval', confirmed_at: app.clock().toISOString(), authority: null });
    expect((await app.post('/api/network/members/confirm', { token })).status).toBe(409);
  });

  it('refuses a link after seven days, and one never sent', async () => {
    const app = await testApp();
    const { token } = await applyToJoin(app);
    app.clock.advance(8 * dayMs);
    expect((await app.post('/api/network/members/confirm', { token })).status).toBe(410);
    expect((await app.post('/api/network/members/confirm', { token: 'x'.repeat(43) })).status).toBe(404);
  });
});

describe("an organisation's authority, checked as for signatures", () => {
  it('is verified when the address is at the website’s domain', async () => {
    const app = await testApp();
    await awaitingMember(app, anOrganisationApplicant());
    expect((await memberOf(app, 'ceri@tenantsvoice.cymru')).authority).toBe('domain_match');
  });

  it('is verified when the same address already signed for the same organisation and was verified', async () => {
    const app = await testApp();
    await verifiedSignature(app, { name: 'Ceri Lewis', ...asOrganisation('Tenants Voice Cymru', 'ceri@tenantsvoice.cymru') });
    await awaitingMember(app, anOrganisationApplicant({ organisation: 'tenants voice cymru', website: 'https://tenants-voice.org/' }));
    expect((await memberOf(app, 'ceri@tenantsvoice.cymru')).authority).toBe('approved');
  });

  it('waits for the coordinator otherwise', async () => {
    const app = await testApp();
    await awaitingMember(app, anOrganisationApplicant({ email: 'ceri@gmail.com' }));
    const [waiting] = await awaitingMembers(app.db);
    expect(waiting).toMatchObject({ authority: 'awaiting_approval', organisation: 'Tenants Voice Cymru' });
  });
});

describe("a coordinator's decision", () => {
  it('approves: the applicant is a member, counted, told by mail in their language, and the decision audited without their address', async () => {
    const app = await testApp();
    expect(await counts(app)).toEqual({ members: 0, individuals: 0, organisations: 0 });
    const id = await awaitingMember(app, {}, { 'accept-language': 'cy' });
    await approveMember(app, id, coordinator);
    expect(await memberOf(app, 'sian@example.cymru')).toMatchObject({ state: 'active', decided_by: coordinator, active_confirmed_at: app.clock().toISOString() });
    expect(await counts(app)).toEqual({ members: 1, individuals: 1, organisations: 0 });
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Croeso i Rwydwaith Cyd-gynhyrchu Cymru');
    expect(mail.text).toContain('https://llofnod.test/cy/network');
    const [audit] = await latestAudit(app.db, 1);
    expect(audit).toMatchObject({ actor: coordinator, action: 'member.approved', subject_type: 'member', subject_id: String(id) });
    expect(audit!.detail).not.toContain('sian@');
  });

  it('declines with a reason, which the applicant is told; without one it refuses', async () => {
    const app = await testApp();
    const id = await awaitingMember(app);
    await expect(declineMember(app, id, coordinator, { reason: '  ' })).rejects.toBeInstanceOf(InvalidInputError);
    await declineMember(app, id, coordinator, { reason: 'The network is for practitioners in Wales.' });
    expect(await memberOf(app, 'sian@example.cymru')).toMatchObject({ state: 'declined', reason: 'The network is for practitioners in Wales.' });
    const mail = await lastMailTo(app, 'sian@example.cymru');
    expect(mail.subject).toBe('Your application to join the Co-production Network for Wales');
    expect(mail.text).toContain('Their reason: The network is for practitioners in Wales.');
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'member.declined' });
    expect(await counts(app)).toEqual({ members: 0, individuals: 0, organisations: 0 });
  });

  it('approves an organisation waiting for its authority as speaking for it', async () => {
    const app = await testApp();
    const id = await awaitingMember(app, anOrganisationApplicant({ email: 'ceri@gmail.com' }));
    await approveMember(app, id, coordinator);
    expect(await memberOf(app, 'ceri@gmail.com')).toMatchObject({ state: 'active', authority: 'approved' });
    expect(await counts(app)).toEqual({ members: 1, individuals: 0, organisations: 1 });
  });

  it('acts once when two coordinators decide at once on two servers', async () => {
    const app = await testApp();
    const id = await awaitingMember(app);
    const other = racingServer(app);
    const outcomes = await Promise.allSettled([approveMember(app, id, coordinator), declineMember(other.deps, id, 'second@rhwydwaith.cymru', { reason: 'No' })]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: expect.any(NotAwaitingApprovalError) });
    await app.sendAllMail();
    expect(mailsTo(app, 'sian@example.cymru').filter((m) => !/Confirm/.test(m.subject ?? ''))).toHaveLength(1);
    expect(await app.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'member').execute()).toHaveLength(1);
  });
});
