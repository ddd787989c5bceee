import { describe, expect, it } from 'vitest';
import { listDirectory, memberCounts } from '../../../api/network/directory.repository.ts';
import { directoryQuerySchema } from '../../../api/network/directory.schema.ts';
import { checkStillActiveLink, confirmStillActive, lapseDays, runYearlyQuestion, stillActiveByLink } from '../../../api/network/reconfirm.service.ts';
import { secondServer, testApp } from '../../helpers/app.ts';
import { aMemberRow } from '../../helpers/member-rows.ts';
import { mailsTo, memberTokenIn, type TestApp } from './network.helpers.ts';

const day = 24 * 60 * 60 * 1000;
const everyone = directoryQuerySchema.parse({});
const listedNames = async (app: TestApp) => (await listDirectory(app.db, everyone)).items.map((e) => e.name);

/** Approved on 1 November 2026; the clock starts a year and a day later. */
const yearLater = '2027-11-02T10:00:00Z';

describe('the yearly question', () => {
  it('asks a member once, a year after they last said they are active, and not before', async () => {
    const app = await testApp({ now: '2027-10-30T10:00:00Z' });
    await aMemberRow(app.db, { email: 'gwen@example.org', name: 'Gwen', showing: ['name'] });
    expect(await runYearlyQuestion(app)).toEqual({ asked: 0, lapsed: 0 });
    app.clock.advance(4 * day);
    expect(await runYearlyQuestion(app)).toEqual({ asked: 1, lapsed: 0 });
    expect(await runYearlyQuestion(app)).toEqual({ asked: 0, lapsed: 0 });
    // A second server running the same job at the same time asks no one again.
    expect(await runYearlyQuestion({ ...secondServer(app).deps })).toEqual({ asked: 0, lapsed: 0 });
    await app.sendAllMail();
    const [mail, ...more] = mailsTo(app, 'gwen@example.org', 'still-active');
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe('Are you still active in the co-production network?');
    expect(mail?.text).toContain(`${lapseDays} days`);
  });

  it(`takes a member who does not answer within ${lapseDays} days out of the directory and the counts, and the mail's link brings them back in one click`, async () => {
    const app = await testApp({ now: yearLater });
    await aMemberRow(app.db, { email: 'gwen@example.org', name: 'Gwen', showing: ['name'] });
    await runYearlyQuestion(app);
    await app.sendAllMail();
    const token = memberTokenIn(mailsTo(app, 'gwen@example.org', 'still-active')[0], 'still-active');
    app.clock.advance((lapseDays - 1) * day);
    expect(await runYearlyQuestion(app)).toEqual({ asked: 0, lapsed: 0 });
    expect(await listedNames(app)).toEqual(['Gwen']);
    app.clock.advance(2 * day);
    expect(await runYearlyQuestion(app)).toEqual({ asked: 0, lapsed: 1 });
    expect(await listedNames(app)).toEqual([]);
    expect(await memberCounts(app.db)).toEqual({ organisations: 0, individuals: 0 });

    await checkStillActiveLink(app.db, token, app.clock());
    await stillActiveByLink(app, token);
    expect(await listedNames(app)).toEqual(['Gwen']);
    expect(await memberCounts(app.db)).toEqual({ organisations: 0, individuals: 1 });
    const row = await app.db.selectFrom('members').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ active_confirmed_at: app.clock().toISOString(), reconfirm_asked_at: null, lapsed_at: null, confirm_hash: null });
    await expect(stillActiveByLink(app, token)).rejects.toMatchObject({ reason: 'unknown' });
    // Not asked again until another year has passed.
    app.clock.advance(300 * day);
    expect(await runYearlyQuestion(app)).toEqual({ asked: 0, lapsed: 0 });
  });

  it("the profile's button answers it too, lapsed or not", async () => {
    const app = await testApp({ now: yearLater });
    const member = await aMemberRow(app.db, { name: 'Gwen', showing: ['name'] });
    await runYearlyQuestion(app);
    app.clock.advance((lapseDays + 1) * day);
    await runYearlyQuestion(app);
    expect(await listedNames(app)).toEqual([]);
    await confirmStillActive(app.db, member.id, app.clock());
    expect(await listedNames(app)).toEqual(['Gwen']);
  });

  it('asks no one who has left or is not yet a member', async () => {
    const app = await testApp({ now: yearLater });
    await aMemberRow(app.db, { state: 'left' });
    await aMemberRow(app.db, { state: 'awaiting_approval', active_confirmed_at: null });
    expect(await runYearlyQuestion(app)).toEqual({ asked: 0, lapsed: 0 });
  });
});
