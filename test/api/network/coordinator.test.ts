import { describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../../api/admin/session.cookie.ts';
import { requestSignIn, signIn } from '../../../api/admin/sign-in.service.ts';
import { mayReach, roleOf, workspaceEmails } from '../../../api/admin/workspace-role.ts';
import { adminEmails, networkCoordinators, testApp } from '../../helpers/app.ts';
import type { TestApp } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const config = { adminEmails, networkCoordinators };
const coordinator = 'cydlynydd@rhwydwaith.cymru';

/** Signs in through the same links a campaigner uses; returns the session cookie. */
async function signedIn(app: TestApp, email: string): Promise<string> {
  await requestSignIn(app, workspaceEmails(config), { email }, 'en');
  await app.sendAllMail();
  const mail = app.smtp.inbox.filter((m) => m.to_address === email).at(-1);
  if (!mail) throw new Error(`no sign-in mail to ${email}`);
  const { secret } = await signIn(app, workspaceEmails(config), tokenIn(mail, 'admin/sign-in'));
  return `${sessionCookieName}=${secret}`;
}

/** Every letter route the API has under /api/admin, read from the app itself: whatever is added later is walked too. */
const letterRoutes = (app: TestApp) =>
  app.api.routes
    .filter((r) => r.path.startsWith('/api/admin') && r.method !== 'ALL' && !r.path.startsWith('/api/admin/network'))
    .map((r) => ({ method: r.method, path: r.path.replace(/:[^/]+/g, '1') }));

const request = (app: TestApp, { method, path }: { method: string; path: string }, cookie?: string) =>
  app.api.request(path, { method, headers: { origin: 'https://llofnod.test', 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: method === 'GET' ? undefined : '{}' });

describe('a network coordinator in the workspace', () => {
  it('is a coordinator by NETWORK_COORDINATORS, read on each request; an address in both lists is a campaigner', () => {
    expect(roleOf(config, 'CYDLYNYDD@rhwydwaith.cymru')).toBe('coordinator');
    expect(roleOf({ adminEmails: [...adminEmails, coordinator], networkCoordinators }, coordinator)).toBe('campaigner');
    expect(roleOf({ adminEmails, networkCoordinators: [] }, coordinator)).toBeUndefined();
    expect(mayReach('coordinator', '/admin/network')).toBe(true);
    expect(mayReach('coordinator', '/admin/network/1')).toBe(true);
    expect(mayReach('coordinator', '/admin/sign-out')).toBe(true);
    expect(mayReach('coordinator', '/admin/networks')).toBe(false);
    expect(mayReach('coordinator', '/admin')).toBe(false);
  });

  it('signs in by the campaigners’ own mailed link', async () => {
    const app = await testApp();
    expect(await signedIn(app, coordinator)).toMatch(new RegExp(`^${sessionCookieName}=`));
  });

  it('is refused (403) every letter route of the API, which a signed-out request finds closed (401)', async () => {
    const app = await testApp();
    const cookie = await signedIn(app, coordinator);
    const routes = letterRoutes(app);
    expect(routes.map((r) => r.path)).toContain('/api/admin/support/1/letter.pdf');
    expect(routes.map((r) => r.path)).toContain('/api/admin/letters/1/export.csv');
    for (const route of [...routes, { method: 'GET', path: '/api/admin/no-such-thing' }]) {
      const signedOut = await request(app, route);
      expect([route.path, signedOut.status]).toEqual([route.path, 401]);
      const res = await request(app, route, cookie);
      expect([route.path, res.status]).toEqual([route.path, 403]);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
  });

  it('loses the workspace at once when taken out of NETWORK_COORDINATORS', async () => {
    const app = await testApp();
    const cookie = await signedIn(app, coordinator);
    const { createApi } = await import('../../../api/app.ts');
    const without = createApi({ ...app.deps, config: { publicOrigin: 'https://llofnod.test', adminEmails, networkCoordinators: [] } });
    expect((await without.request('/api/admin/network/anything', { headers: { cookie } })).status).toBe(401);
  });

  it('leaves a campaigner every route', async () => {
    const app = await testApp();
    const cookie = await signedIn(app, 'gwen@ymgyrch.cymru');
    for (const route of letterRoutes(app)) expect((await request(app, route, cookie)).status).not.toBe(403);
  });
});
