import { describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../../api/admin/session.cookie.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { createApi } from '../../../api/app.ts';
import { adminEmails, openLetter, testApp } from '../../helpers/app.ts';
import { pendingSignature, sign } from '../../helpers/signatures.ts';
import { signInToken } from '../admin/admin.helpers.ts';

const cacheControl = (res: Response) => res.headers.get('cache-control');

describe('answers that carry a token or personal data', () => {
  it('are never stored: the answers to a signature, its confirm and withdraw links, and a letter of support’s link', async () => {
    const app = await testApp();
    const signed = await app.post(`/api/letters/${openLetter}/signatures`, { name: 'Siân', email: 'sian@example.cymru', kind: 'individual', country: 'GB-WLS', show_name: true, consent: true });
    expect(signed.status).toBe(202);
    expect(cacheControl(signed)).toBe('no-store');

    const { confirm, withdraw } = await pendingSignature(app, { email: 'gwen@example.cymru' });
    const confirmed = await app.post('/api/signatures/confirm', { token: confirm });
    expect(confirmed.status).toBe(200);
    expect(cacheControl(confirmed)).toBe('no-store');
    const withdrawn = await app.post('/api/signatures/withdraw', { token: withdraw });
    expect(withdrawn.status).toBe(200);
    expect(cacheControl(withdrawn)).toBe('no-store');
    // A link that leads nowhere is answered with the same care.
    const unknown = await app.post('/api/support/confirm', { token: 'A'.repeat(43) });
    expect(unknown.status).toBe(404);
    expect(cacheControl(unknown)).toBe('no-store');
  });

  it('are never stored under /api/admin, with a session or without one', async () => {
    const app = await testApp();
    await sign(app);
    const refused = await app.get(`/api/admin/letters/${openLetter}/export.csv`);
    expect(refused.status).toBe(401);
    expect(cacheControl(refused)).toBe('no-store');

    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    const cookie = `${sessionCookieName}=${secret}`;
    for (const path of [`/api/admin/letters/${openLetter}/export.csv`, `/api/admin/letters/${openLetter}/pack.pdf`]) {
      const res = await app.get(path, { cookie });
      expect(res.status, path).toBe(200);
      expect(cacheControl(res), path).toContain('no-store');
    }
  });

  it('leave a letter’s public figures cacheable as before', async () => {
    const app = await testApp();
    const letter = await app.get(`/api/letters/${openLetter}`);
    expect(cacheControl(letter)).toBe('public, max-age=60, stale-while-revalidate=60');
    expect(cacheControl(await app.get(`/api/letters/${openLetter}/signatories`))).not.toContain('no-store');
  });
});

describe('Strict-Transport-Security', () => {
  it('tells browsers to use https for a year, subdomains too, when the site is served over https', async () => {
    const app = await testApp();
    for (const path of ['/api/health', `/api/letters/${openLetter}`, '/api/no-such-thing']) {
      expect((await app.get(path)).headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('is not sent when PUBLIC_ORIGIN is plain http', async () => {
    const app = await testApp();
    const api = createApi({ ...app.deps, config: { publicOrigin: 'http://127.0.0.1:4321', adminEmails } });
    const res = await api.request('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.has('strict-transport-security')).toBe(false);
  });
});

describe('every API answer', () => {
  it('carries a request id of its own making, never the one a client sent', async () => {
    const app = await testApp();
    const first = await app.get('/api/health', { 'x-request-id': 'chosen-by-the-client' });
    const second = await app.get('/api/health');
    const ids = [first, second].map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
