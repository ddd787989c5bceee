import { describe, expect, it } from 'vitest';
import * as consent from '../../../api/db/migrations/2026-12-06-consent.ts';
import { testApp } from '../../helpers/app.ts';
import { verifiedSignature } from '../../helpers/signatures.ts';
import { awaitingSupport } from '../../helpers/support.ts';

describe('the 2026-12-06-consent migration', () => {
  it('goes down, keeping every signature and letter of support, and up again, with no versions for rows from before it', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'before@example.cymru', updates: true });
    await awaitingSupport(app);
    const signatures = app.db.selectFrom('signatures').select(['id', 'email', 'state', 'updates']).orderBy('id');
    const support = app.db.selectFrom('support_letters').select(['id', 'email', 'state']).orderBy('id');
    const [signed, sent] = [await signatures.execute(), await support.execute()];

    await consent.down(app.db as never);
    expect(await signatures.execute()).toEqual(signed);
    expect(await support.execute()).toEqual(sent);

    await consent.up(app.db as never);
    expect(await signatures.execute()).toEqual(signed);
    expect(await app.db.selectFrom('signatures').select(['consent_version', 'notice_version', 'consented_at', 'updates_consented_at']).execute()).toEqual([
      { consent_version: null, notice_version: null, consented_at: null, updates_consented_at: null },
    ]);
    expect(await app.db.selectFrom('support_letters').select(['consent_version', 'notice_version', 'consented_at']).execute()).toEqual([
      { consent_version: null, notice_version: null, consented_at: null },
    ]);
  });
});
