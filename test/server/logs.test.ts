import { describe, expect, it } from 'vitest';
import { linkIn, tokenIn } from '../helpers/smtp.ts';
import { type Page, aSigner, openLetter, pathOf, siteUnderTest, textOf } from '../site/browser.ts';

/**
 * The real server's standard output through a whole journey: a supporter signs through the
 * page (behind a proxy that names their address), confirms and withdraws by the mailed links,
 * and a campaigner signs in by hers and looks the supporter up. Every line is read afterwards.
 */
const campaigner = 'gwen@ymgyrch.cymru';
const signer = 'siriol.logs@example.cymru';
const forwardedFor = '203.0.113.9';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner, TRUST_PROXY: '1' });

type Line = Record<string, unknown> & { level: string; time: string; msg: string };

/** The server's lines once every request asked about has been logged (a line is written as its answer goes). */
async function linesLogging(ids: string[]): Promise<{ text: string; lines: Line[] }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = site.output();
    if (ids.every((id) => text.includes(id)) || Date.now() > deadline) {
      return { text, lines: text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line) };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every string anywhere in a line. */
const valuesOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(valuesOf) : [];

describe('the server’s log through a whole journey', () => {
  it('has a JSON line for every request, with its id, status and time, and no address, token, client address or cookie', async () => {
    const answers: Page[] = [];
    const seen = <T extends Page>(page: T) => (answers.push(page), page);

    seen(await site.get(`/letters/${openLetter}`));
    const signed = seen(await site.post(`/letters/${openLetter}`, aSigner({ email: signer, name: 'Siriol Logs' }), undefined, { 'x-forwarded-for': forwardedFor }));
    expect(signed.status).toBe(303);
    seen(await site.get(signed.location ?? ''));

    const mail = await site.mailTo(signer);
    const confirm = pathOf(linkIn(mail, 'confirm'));
    const withdraw = pathOf(linkIn(mail, 'withdraw'));
    seen(await site.get(confirm));
    const confirmed = seen(await site.post(confirm));
    expect(confirmed.status).toBe(303);
    seen(await site.get(confirmed.location ?? ''));
    seen(await site.get(withdraw));
    expect(seen(await site.post(withdraw)).status).toBe(303);

    const cookie = await site.signInAs(campaigner);
    const signInToken = tokenIn(await site.mailTo(campaigner), 'admin/sign-in');
    seen(await site.get('/admin/people', { cookie }));
    const found = seen(await site.post('/admin/people', { decision: 'find', email: signer }, undefined, { cookie }));
    expect(textOf(found.html)).toContain('Siriol Logs');

    const ids = answers.map((a) => a.headers.get('x-request-id') ?? '');
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const { text, lines } = await linesLogging(ids);

    for (const line of lines) {
      expect(line.level).toMatch(/^(info|warn|error)$/);
      expect(Date.parse(line.time)).not.toBeNaN();
    }
    const requests = lines.filter((l) => l.msg === 'request');
    for (const line of requests) {
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(line.status).toEqual(expect.any(Number));
      expect(line.ms).toEqual(expect.any(Number));
      expect(line.method).toMatch(/^(GET|POST|HEAD)$/);
    }
    // Each answer's id is one line's, with the same status.
    for (const [i, id] of ids.entries()) expect(requests.find((l) => l.reqId === id)?.status, answers[i]?.location ?? id).toBe(answers[i]?.status);

    const secrets = [signer, tokenIn(mail, 'confirm'), tokenIn(mail, 'withdraw'), signInToken, cookie.split('=')[1] ?? cookie, forwardedFor];
    for (const secret of secrets) expect(secret.length).toBeGreaterThan(8);
    for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(text.toLowerCase()).not.toContain(campaigner);
    const clientAddresses = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1', forwardedFor]);
    for (const line of lines) expect(valuesOf(line).filter((v) => clientAddresses.has(v))).toEqual([]);
    // The links' pages are logged by their route, not their token.
    expect(requests.map((l) => l.path)).toEqual(expect.arrayContaining(['/confirm/:token', '/withdraw/:token', '/admin/sign-in/:token', '/admin/people']));
  });
});
