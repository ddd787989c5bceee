import { describe, expect, it } from 'vitest';
import * as updates from '../../../api/db/migrations/2026-11-25-updates.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { sign, verifiedSignature } from '../../helpers/signatures.ts';
import { campaigner } from '../admin/admin.helpers.ts';
import { sendUpdate, writeUpdate } from '../../../api/updates/update.service.ts';
import { uniqueViolation } from '../../helpers/sql.ts';

const words = { title_en: 'T', body_en: 'B', title_cy: 'T', body_cy: 'B' };

describe('the 2026-11-25-updates migration', () => {
  it('goes down (dropping update mails, keeping every other) and up again', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'u@example.org', updates: true });
    await sign(app, { email: 'waiting@example.org' });
    const update = await writeUpdate(app, openLetter, words, campaigner);
    await sendUpdate(app, update.id, campaigner);
    const others = app.db.selectFrom('outbox').select(['kind', 'signature_id']).where('kind', '!=', 'update').orderBy('id');
    const before = await others.execute();

    await updates.down(app.db as never);
    expect(await app.db.selectFrom('outbox').select(['kind', 'signature_id']).orderBy('id').execute()).toEqual(before);
    await updates.up(app.db as never);
    expect(await others.execute()).toEqual(before);
    expect(await app.db.selectFrom('updates').selectAll().execute()).toEqual([]);
  });

  it('refuses a second mail of one update to one signer', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'u@example.org', updates: true });
    const update = await writeUpdate(app, openLetter, words, campaigner);
    await sendUpdate(app, update.id, campaigner);
    const row = await app.db.selectFrom('outbox').selectAll().where('kind', '=', 'update').executeTakeFirstOrThrow();
    const { id: _id, ...again } = row;
    await expect(app.db.insertInto('outbox').values(again).execute()).rejects.toThrow(uniqueViolation);
  });
});
