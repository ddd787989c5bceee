import { describe, expect, it } from 'vitest';
import { sharedKey } from '../../../api/settings/shared-key.ts';
import { prefillFrom, readPrefill } from '../../../site/lib/join-prefill.ts';
import { secondServer, testApp } from '../../helpers/app.ts';

describe('a key every server of one installation shares', () => {
  it('is made once, by whichever server asks first, and read the same by the others', async () => {
    const app = await testApp();
    const other = secondServer(app);
    const [first, second] = await Promise.all([sharedKey(app.db, 'test_key'), sharedKey(other.deps.db, 'test_key')]);
    expect(first).toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sharedKey(app.db, 'another_key')).not.toBe(first);
  });

  it('lets the join form on one server read what a signer typed when another server confirmed them', async () => {
    const app = await testApp();
    const other = secondServer(app);
    const now = app.clock();
    const signer = { name: 'Nia Hughes', kind: 'individual' as const, organisation: null, organisation_type: null, website: null, role: 'Youth worker', area: 'W06000008', country: 'GB-WLS' };
    const cookie = await prefillFrom(app.db, signer, now);
    expect(await readPrefill(other.deps.db, cookie, now)).toEqual({ name: 'Nia Hughes', kind: 'individual', role: 'Youth worker', area: 'W06000008' });
    // A cookie written by hand, or one past its hour, gives nothing.
    expect(await readPrefill(other.deps.db, cookie.replace(/^[^.]+/, Buffer.from('{"name":"X","until":9e15}').toString('base64url')), now)).toBeUndefined();
    expect(await readPrefill(other.deps.db, cookie, new Date(now.getTime() + 61 * 60 * 1000))).toBeUndefined();
  });
});
