import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { approveMember, declineMember } from '../../../api/network/member.decision.ts';
import { eraseMembership } from '../../../api/network/member.erasure.ts';
import { sweepNow } from '../../../api/retention/retention.schedule.ts';
import { describeErasure, eraseMe, selfActor } from '../../../api/rights/erase-me.service.ts';
import type { HeldData } from '../../../api/rights/held-data.ts';
import { requestMyData } from '../../../api/rights/rights-request.service.ts';
import { testApp } from '../../helpers/app.ts';
import { applyToJoin, awaitingMember, insertMemberRow } from '../../helpers/members.ts';
import { lastMailTo, type TestApp } from '../../helpers/signatures.ts';

const sian = 'sian@example.cymru';
const coordinator = 'cydlynydd@rhwydwaith.cymru';
const day = 86_400_000;
const members = (app: TestApp) => app.db.selectFrom('members').select(['id', 'state']).execute();

describe("erasure reaches a member's data", () => {
  it('a person’s own copy of their data holds their membership, and their erase link erases it, audited without the address', async () => {
    const app = await testApp();
    const id = await awaitingMember(app);
    await approveMember(app, id, coordinator);
    await requestMyData(app.deps, { email: sian }, 'en');
    const mail = await lastMailTo(app, sian);
    expect(mail.text).toContain('The Co-production Network for Wales: you applied as Siân Ŵyn Roberts on');
    expect(mail.text).toContain('you are a member');
    const copy = JSON.parse(mail.attachments.find((a) => a.filename === 'my-data.json')!.content.toString('utf8')) as HeldData;
    expect(copy.networkMembership).toEqual([expect.objectContaining({ state: 'active', name: 'Siân Ŵyn Roberts', email: sian, directoryShows: ['name', 'area'], practices: ['housing', 'community-development'] })]);

    const erase = /\/my-data\/erase\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
    expect(await describeErasure(app.deps, erase)).toMatchObject({ signatures: [], supportLetters: 0, networkMembership: true });
    await eraseMe(app.deps, erase, { withdraw: false });
    expect(await members(app)).toEqual([]);
    expect(await app.db.selectFrom('outbox').select('id').where('member_id', 'is not', null).execute()).toEqual([]);
    const [audit] = await latestAudit(app.db, 1);
    expect(audit).toMatchObject({ actor: selfActor, action: 'member.erased', subject_type: 'member' });
    expect(JSON.stringify(await latestAudit(app.db, 20))).not.toContain(sian);
  });

  it('a campaigner’s data request erases it, and the decision’s reason in the audit log goes with it', async () => {
    const app = await testApp();
    const id = await awaitingMember(app);
    await declineMember(app, id, coordinator, { reason: 'Siân works in Bristol, not Wales' });
    expect(await eraseMembership(app, 'Sian+x@Example.Cymru', 'gwen@ymgyrch.cymru', 'Asked by letter')).toBe(true);
    expect(await members(app)).toEqual([]);
    expect(JSON.stringify(await latestAudit(app.db, 20))).not.toContain('Bristol');
    expect(await eraseMembership(app, sian, 'gwen@ymgyrch.cymru', 'Asked again')).toBe(false);
  });
});

describe('the retention sweep and the network', () => {
  it('deletes an application never confirmed after 30 days, with its mail, and a declined one 180 days after the decision; members stay', async () => {
    const app = await testApp();
    await applyToJoin(app);
    const declined = await insertMemberRow(app.db, { state: 'declined', decided_at: app.clock().toISOString(), reason: 'Not in Wales' });
    const active = await insertMemberRow(app.db, { state: 'active' });
    app.clock.advance(29 * day);
    expect(await sweepNow(app.deps)).toMatchObject({ unconfirmed_members: 0, declined_members: 0 });
    app.clock.advance(2 * day);
    expect(await sweepNow(app.deps)).toMatchObject({ unconfirmed_members: 1, declined_members: 0, mails: 1 });
    app.clock.advance(150 * day);
    expect(await sweepNow(app.deps)).toMatchObject({ declined_members: 1 });
    expect(await members(app)).toEqual([{ id: active, state: 'active' }]);
    expect(declined).not.toBe(active);
  });
});
