import { describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../../api/admin/session.cookie.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { adminEmails, testApp } from '../../helpers/app.ts';
import { signInToken } from './admin.helpers.ts';

/**
 * Every route the API has under /api/admin, read from the app itself, so a route added later
 * is walked too; plus paths that exist nowhere, which must not say so to a stranger.
 */
async function adminRoutes() {
  const app = await testApp();
  const routes = app.api.routes.filter((r) => r.path.startsWith('/api/admin') && r.method !== 'ALL');
  const concrete = routes.map((r) => ({ method: r.method, path: r.path.replace(/:[^/]+/g, '1') }));
  return [...concrete, { method: 'GET', path: '/api/admin' }, { method: 'GET', path: '/api/admin/no-such-thing' }, { method: 'POST', path: '/api/admin/x' }];
}

describe('the API’s workspace routes', () => {
  describe('signed out', () => {
    it('finds the routes to walk, the campaigners’ PDF download among them', async () => {
      expect((await adminRoutes()).map((r) => r.path)).toContain('/api/admin/support/1/letter.pdf');
    });

    it('answer every one of them 401 unauthorised', async () => {
      const app = await testApp();
      for (const { method, path } of await adminRoutes()) {
        const res = await app.api.request(path, { method, headers: { origin: 'https://llofnod.test', 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
        expect([path, res.status]).toEqual([path, 401]);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorised');
      }
    });

    it('answer in Welsh for a Welsh reader, with the same code', async () => {
      const app = await testApp();
      const res = await app.get('/api/admin/anything', { 'accept-language': 'cy' });
      expect(await res.json()).toEqual({ error: { code: 'unauthorised', message: "Mewngofnodwch i weithle'r ymgyrchwyr yn gyntaf." } });
    });

    it('refuse a revoked or forged cookie like no cookie', async () => {
      const app = await testApp();
      const res = await app.get('/api/admin/anything', { cookie: `${sessionCookieName}=${'A'.repeat(43)}` });
      expect(res.status).toBe(401);
    });
  });

  it('let a signed-in campaigner through the gate (an unknown path is then a plain 404)', async () => {
    const app = await testApp();
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    const res = await app.get('/api/admin/no-such-thing', { cookie: `${sessionCookieName}=${secret}` });
    expect(res.status).toBe(404);
  });
});
