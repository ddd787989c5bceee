import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/connect.ts';
import { type RunningServer, startServer } from '../helpers/server.ts';

/**
 * The sign form of the real server, posted as a browser and as a bot would, from this machine's
 * loopback address (not allowed here, unlike the other server tests) and with the form's
 * minimum time of 3 s. Whatever the verdict, the answer is the one a person gets.
 */
const slug = 'make-co-production-count';
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ SIGN_LIMIT_ALLOW: '', FORM_MIN_SECONDS: '3', SIGN_LIMIT_BURST: '100/60', SIGN_LIMIT_SUSTAINED: '100/300' });
});
afterAll(() => server?.stop());

const fields = (email: string, extra: Record<string, string>) => ({ name: 'Form Signer', email, kind: 'individual', country: 'GB-WLS', show_name: 'yes', consent: 'yes', ...extra });

async function postForm(values: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/letters/${slug}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin, ...headers },
    body: new URLSearchParams(values).toString(),
  });
}

async function stored(email: string) {
  const db = openDb({ dataDir: server.dataDir, databaseUrl: server.databaseUrl });
  try {
    const { rows } = await sql<{ state: string; flag: string | null; client_address: string | null }>`select state, flag, client_address from signatures where email = ${email}`.execute(db);
    return rows[0];
  } finally {
    await db.destroy();
  }
}

const shownAtIn = (html: string) => /name="shown_at" value="(\d+)"/.exec(html)?.[1];

describe('the sign form on the real server', () => {
  it('takes a form filled in at a person’s pace as a signature like any other', async () => {
    const page = await (await fetch(`${server.origin}/letters/${slug}`)).text();
    const shownAt = shownAtIn(page);
    expect(shownAt).toBeDefined();
    // As if shown four seconds ago (the server's clock is the test's CLOCK_AT, running on).
    const answer = await postForm(fields('person@example.org', { shown_at: String(Number(shownAt) - 4000), homepage: '' }));
    expect(answer.status).toBe(303);
    expect(await stored('person@example.org')).toEqual({ state: 'pending', flag: null, client_address: '127.0.0.1' });
  });

  it('sets aside, with the same answer, a form whose hidden field was filled in', async () => {
    const page = await (await fetch(`${server.origin}/letters/${slug}`)).text();
    const answer = await postForm(fields('bot@example.org', { shown_at: String(Number(shownAtIn(page)) - 10_000), homepage: 'http://spam.example' }));
    expect(answer.status).toBe(303);
    expect(await stored('bot@example.org')).toMatchObject({ state: 'fraudulent', flag: 'honeypot' });
  });

  it('sets aside, with the same answer, a form sent back sooner than anyone could fill it in, or never shown', async () => {
    const page = await (await fetch(`${server.origin}/letters/${slug}`)).text();
    expect((await postForm(fields('quick@example.org', { shown_at: shownAtIn(page)! }))).status).toBe(303);
    expect((await postForm(fields('blind@example.org', {}))).status).toBe(303);
    expect(await stored('quick@example.org')).toMatchObject({ state: 'fraudulent', flag: 'too_fast' });
    expect(await stored('blind@example.org')).toMatchObject({ state: 'fraudulent', flag: 'too_fast' });
  });

  it('keeps the address of the socket, not one the client claims in X-Forwarded-For', async () => {
    const page = await (await fetch(`${server.origin}/letters/${slug}`)).text();
    await postForm(fields('forger@example.org', { shown_at: String(Number(shownAtIn(page)) - 5000) }), { 'x-forwarded-for': '203.0.113.50' });
    expect((await stored('forger@example.org'))?.client_address).toBe('127.0.0.1');
  });
});
