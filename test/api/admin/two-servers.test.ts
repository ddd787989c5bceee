import { describe, expect, it } from 'vitest';
import { requestSignIn, signInMailsPerHour } from '../../../api/admin/sign-in.service.ts';
import { findLetter } from '../../../api/letters/letter.service.ts';
import { closeEarly, reopen } from '../../../api/letters/letter-override.service.ts';
import { isPaused, setPaused } from '../../../api/settings/pause.service.ts';
import { setSupportNotable } from '../../../api/support/support.moderation.ts';
import { parseSupportSubmission, submitSupport, supportMailsPerDay } from '../../../api/support/support.service.ts';
import { adminEmails, openLetter, racingServer, secondServer, testApp } from '../../helpers/app.ts';
import { aSupportLetter, awaitingSupport } from '../../helpers/support.ts';
import { campaigner } from './admin.helpers.ts';

/**
 * Two app servers behind a load balancer, and two campaigners (or one pressing twice) whose
 * requests reach both at the same moment: each decision is taken once, and each cap holds.
 */

const other = 'dafydd@ymgyrch.cymru';

const auditCount = async (app: { db: import('../../../api/db/database.ts').Db }, action: string) =>
  Number((await app.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);

describe('two servers at once', () => {
  it('pause the site once when two campaigners press pause together, and every server obeys it', async () => {
    const app = await testApp();
    const two = racingServer(app);
    const changed = await Promise.all([setPaused(app, true, campaigner), setPaused(two.deps, true, other)]);
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect(await auditCount(app, 'site.paused')).toBe(1);
    // A server that had read "not paused" a moment before obeys within the pause cache's 1.5 s.
    const third = secondServer(app);
    expect(await isPaused(third.deps)).toBe(true);

    const unpaused = await Promise.all([setPaused(app, false, campaigner), setPaused(two.deps, false, other)]);
    expect(unpaused.filter(Boolean)).toHaveLength(1);
    expect(await auditCount(app, 'site.unpaused')).toBe(1);
  });

  it('reopen a letter closed early once when two campaigners reopen it together', async () => {
    const app = await testApp();
    const two = racingServer(app);
    const letter = findLetter(app, openLetter);
    await closeEarly(app, letter, campaigner);
    const outcomes = await Promise.all([reopen(app, letter, campaigner), reopen(two.deps, letter, other)]);
    expect(outcomes.sort()).toEqual(['not_closed_early', 'reopened']);
    expect(await auditCount(app, 'letter.reopened')).toBe(1);
  });

  it('mark a letter of support notable once when it is marked on both', async () => {
    const app = await testApp();
    const two = racingServer(app);
    const { id } = await awaitingSupport(app);
    await Promise.all([setSupportNotable(app, id, campaigner, true), setSupportNotable(two.deps, id, other, true)]);
    expect(await auditCount(app, 'support.notable')).toBe(1);
  });

  it(`send no more than ${signInMailsPerHour} sign-in links an hour to an address asked for on both`, async () => {
    const app = await testApp();
    const two = racingServer(app);
    await Promise.all(Array.from({ length: signInMailsPerHour + 5 }, (_, i) => requestSignIn(i % 2 ? two.deps : app, adminEmails, { email: campaigner }, 'en')));
    expect(await app.db.selectFrom('admin_sign_ins').selectAll().execute()).toHaveLength(signInMailsPerHour);
  });

  it(`send an author no more than ${supportMailsPerDay} mails a day however many letters of support reach both`, async () => {
    const app = await testApp();
    const two = racingServer(app);
    const submission = await parseSupportSubmission(aSupportLetter());
    await Promise.all(Array.from({ length: supportMailsPerDay + 5 }, (_, i) => submitSupport(i % 2 ? two.deps : app, openLetter, submission, 'en')));
    expect(await app.db.selectFrom('support_letters').selectAll().execute()).toHaveLength(supportMailsPerDay + 5);
    expect(await app.rowCount('outbox')).toBe(supportMailsPerDay);
  });
});
