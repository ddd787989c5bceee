import { describe, expect, it } from 'vitest';
import { requestSignIn } from '../../../api/admin/sign-in.service.ts';
import * as rights from '../../../api/db/migrations/2026-12-06-rights.ts';
import * as trending from '../../../api/db/migrations/2026-12-06-trending-review.ts';
import * as comments from '../../../api/db/migrations/2026-12-07-comments.ts';
import * as network from '../../../api/db/migrations/2026-12-08-network.ts';
import * as memberComments from '../../../api/db/migrations/2026-12-08-network-member-comments.ts';
import { requestMyData } from '../../../api/rights/rights-request.service.ts';
import { adminEmails, testApp } from '../../helpers/app.ts';
import { sign } from '../../helpers/signatures.ts';
import { checkViolation } from '../../helpers/sql.ts';
import { postSupport, aSupportLetter } from '../../helpers/support.ts';
import { campaigner } from '../admin/admin.helpers.ts';

const columns = ['kind', 'signature_id', 'sign_in_id', 'support_id', 'update_id', 'next_attempt_at', 'claimed_by', 'attempts'] as const;

/** Every migration from rights on that rebuilds the outbox (and what depends on their tables), in the order they run. */
const rebuilders = [rights, trending, comments, network, memberComments];

describe('the 2026-12-06-rights migration (and the ones after it that rebuild the outbox)', () => {
  it('keeps every waiting mail, of every kind, when they rebuild the outbox, down and up again', async () => {
    const app = await testApp();
    await sign(app, { email: 'a@example.org' });
    await requestSignIn(app, adminEmails, { email: campaigner }, 'en');
    expect((await postSupport(app, aSupportLetter())).status).toBe(202);
    await app.db.updateTable('outbox').set({ claimed_by: 'server-1/1', attempts: 1 }).where('kind', '=', 'confirm').execute();
    const before = await app.db.selectFrom('outbox').select(columns).orderBy('id').execute();
    expect(before.map((m) => m.kind)).toEqual(['confirm', 'admin_sign_in', 'support_confirm']);
    await requestMyData(app, { email: 'b@example.org' }, 'en');

    for (const m of rebuilders.toReversed()) await m.down(app.db);
    expect(await app.db.selectFrom('outbox').select(columns).orderBy('id').execute()).toEqual(before);
    for (const m of rebuilders) await m.up(app.db);
    expect(await app.db.selectFrom('outbox').select(columns).orderBy('id').execute()).toEqual(before);
    await requestMyData(app, { email: 'b@example.org' }, 'en');
    expect((await app.db.selectFrom('outbox').select('kind').orderBy('id').execute()).map((m) => m.kind)).toEqual(['confirm', 'admin_sign_in', 'support_confirm', 'rights']);
  });

  it('still refuses an outbox row about nothing', async () => {
    const app = await testApp();
    const at = app.clock().toISOString();
    const mail = { kind: 'rights' as const, created_at: at, attempts: 0, next_attempt_at: at, sent_at: null, failed_at: null, last_error: null };
    await expect(app.db.insertInto('outbox').values({ ...mail, signature_id: null, sign_in_id: null, support_id: null }).execute()).rejects.toThrow(checkViolation);
  });
});
