import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { answerCache } from '../../../api/http/answer-cache.ts';

/** A letter page that says how many times it was rendered, and at which list version. */
function site({ ttlMs = 60_000, stopping = (): boolean => false } = {}) {
  const state = { renders: 0, version: 1, databaseAway: false };
  const answers = answerCache({
    version: async () => {
      if (state.databaseAway) throw new Error('connection refused');
      return state.version;
    },
    stopping,
    ttlMs,
  });
  const app = new Hono()
    .use(answers.forgetOnWorkspaceWrites)
    .use(answers.keep((c) => /^\/(?:cy\/)?letters\/([^/]+)$/.exec(c.req.path)?.[1]))
    .get('/letters/:slug', async (c) => {
      state.renders++;
      await new Promise((r) => setTimeout(r, 5));
      if (c.req.param('slug') === 'missing') return c.text('no such letter', 404);
      if (c.req.query('welcome')) c.header('Set-Cookie', 'seen=1');
      return c.html(`<p>render ${state.renders} at list version ${state.version}</p>`);
    })
    .post('/admin/letters/:slug/close', (c) => c.text('closed'))
    .post('/api/admin/letters/:slug/updates', (c) => c.text('published'));
  return { app, state };
}

const session = { cookie: 'theme=dark; llofnod_session=abc' };

describe('a letter page in a spike', () => {
  it('renders once for a crowd that asks at the same moment, and each of them gets the whole page', async () => {
    const { app, state } = site();
    const pages = await Promise.all(Array.from({ length: 50 }, () => app.request('/letters/fair-pay')));
    expect(state.renders).toBe(1);
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>render 1 at list version 1</p>');
    }
  });

  it('shows a new name on the list at once: a copy is only good for the list version it was made at', async () => {
    const { app, state } = site();
    await app.request('/letters/fair-pay');
    state.version = 2;
    expect(await (await app.request('/letters/fair-pay')).text()).toBe('<p>render 2 at list version 2</p>');
  });

  it('renders again once the copy is older than its lifetime (a change made on another server)', async () => {
    const { app, state } = site({ ttlMs: 0 });
    await app.request('/letters/fair-pay');
    await app.request('/letters/fair-pay');
    expect(state.renders).toBe(2);
  });

  it('drops every copy when a campaigner changes something on this server, in a page or through the API', async () => {
    const { app, state } = site();
    await app.request('/letters/fair-pay');
    await app.request('/admin/letters/fair-pay/close', { method: 'POST' });
    await app.request('/letters/fair-pay');
    await app.request('/api/admin/letters/fair-pay/updates', { method: 'POST' });
    await app.request('/letters/fair-pay');
    expect(state.renders).toBe(3);
  });

  it('keeps each language and each query apart', async () => {
    const { app, state } = site();
    await app.request('/letters/fair-pay');
    await app.request('/letters/fair-pay?x=1');
    await app.request('/letters/fair-pay');
    expect(state.renders).toBe(2);
  });

  it('never answers a campaigner from the public copy, nor keeps what they were shown', async () => {
    const { app, state } = site();
    await app.request('/letters/fair-pay', { headers: session });
    await app.request('/letters/fair-pay', { headers: session });
    expect(state.renders).toBe(2);
    await app.request('/letters/fair-pay');
    expect(state.renders).toBe(3);
  });

  it('keeps no error page, no answer that sets a cookie, and nothing while the server stops', async () => {
    const stopping = { now: false };
    const { app, state } = site({ stopping: () => stopping.now });
    expect((await app.request('/letters/missing')).status).toBe(404);
    expect((await app.request('/letters/missing')).status).toBe(404);
    await app.request('/letters/fair-pay?welcome=1');
    const second = await app.request('/letters/fair-pay?welcome=1');
    expect(second.headers.get('set-cookie')).toBe('seen=1');
    stopping.now = true;
    await app.request('/letters/fair-pay');
    await app.request('/letters/fair-pay');
    expect(state.renders).toBe(6);
  });

  it('steps aside when the list version cannot be read, so the page says the database is away itself', async () => {
    const { app, state } = site();
    await app.request('/letters/fair-pay');
    state.databaseAway = true;
    const page = await app.request('/letters/fair-pay');
    expect(page.status).toBe(200);
    expect(state.renders).toBe(2);
  });
});
