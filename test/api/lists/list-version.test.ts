import { describe, expect, it } from 'vitest';
import { eraseSignature, hideSignature } from '../../../api/admin/data-request.service.ts';
import { applyImport, planImport } from '../../../api/import/import.service.ts';
import * as listVersions from '../../../api/db/migrations/2026-11-26-list-versions.ts';
import { readListVersion } from '../../../api/lists/list-version.ts';
import { setOrganisationNotable } from '../../../api/organisations/organisation-notable.service.ts';
import { approveOrganisation, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { pendingSignature, type TestApp, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const version = async (app: TestApp) => (await readListVersion(app.db, openLetter)).version;
const idOf = async (app: TestApp, email: string) =>
  (await app.db.selectFrom('signatures').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

describe("a letter's list version: one read that says whether the public list changed", () => {
  it('starts at 0 with no change time, and signing alone (still pending) does not move it', async () => {
    const app = await testApp();
    expect(await readListVersion(app.db, openLetter)).toEqual({ version: 0, changed_at: null });
    await pendingSignature(app);
    expect(await version(app)).toBe(0);
  });

  it('moves when a signature counts and again when it is withdrawn, stamped with the time', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'one@example.org' });
    expect(await readListVersion(app.db, openLetter)).toEqual({ version: 1, changed_at: app.clock().toISOString() });
    app.clock.advance(60_000);
    await withdrawnSignature(app, { email: 'two@example.org' });
    expect(await readListVersion(app.db, openLetter)).toEqual({ version: 3, changed_at: app.clock().toISOString() });
  });

  it('moves when a campaigner approves an organisation, not when one is rejected', async () => {
    const app = await testApp();
    const waiting = (name: string, email: string) => verifiedSignature(app, asOrganisation(name, email, { website: `https://${name.toLowerCase()}.org.uk/` }));
    await waiting('Approved', 'someone@outlook.com');
    await waiting('Rejected', 'other@outlook.com');
    expect(await version(app)).toBe(0);
    await rejectOrganisation(app, await idOf(app, 'other@outlook.com'), campaigner, 'Not who they say');
    expect(await version(app)).toBe(0);
    await approveOrganisation(app, await idOf(app, 'someone@outlook.com'), campaigner);
    expect(await version(app)).toBe(1);
    await setOrganisationNotable(app, await idOf(app, 'someone@outlook.com'), true, campaigner);
    expect(await version(app)).toBe(2);
  });

  it('moves when a signer is hidden or erased at their request', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'hide@example.org' });
    await verifiedSignature(app, { email: 'erase@example.org' });
    await hideSignature(app, await idOf(app, 'hide@example.org'), campaigner, 'Asked by email');
    expect(await version(app)).toBe(3);
    await eraseSignature(app, await idOf(app, 'erase@example.org'), campaigner, 'Asked by email', { withdraw: false, support: false });
    expect(await version(app)).toBe(4);
  });

  it('moves once for an import that adds rows, and not for one that adds nothing new', async () => {
    const app = await testApp();
    const csv = 'name,email,kind,organisation,role,place,country,area,signed_on,show_name\nMair Jones,mair@example.org,individual,,,Bala,GB-WLS,,2026-11-20,yes\n';
    await applyImport(app, await planImport(app, openLetter, csv), campaigner);
    expect(await version(app)).toBe(1);
    await applyImport(app, await planImport(app, openLetter, csv), campaigner);
    expect(await version(app)).toBe(1);
  });
});

describe('the 2026-11-26-list-versions migration', () => {
  it('starts a letter that already had signatures at version 1, changed when its last signature counted or left', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'first@example.org' });
    app.clock.advance(3_600_000);
    await withdrawnSignature(app, { email: 'second@example.org' });
    await listVersions.down(app.db);
    await listVersions.up(app.db);
    expect(await readListVersion(app.db, openLetter)).toEqual({ version: 1, changed_at: app.clock().toISOString() });
  });
});
