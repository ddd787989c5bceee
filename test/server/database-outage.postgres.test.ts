import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../site/lib/messages/en.ts';
import { cy } from '../../site/lib/messages/cy.ts';
import { type LocalPostgres, startLocalPostgres } from '../../scripts/lib/postgres.ts';
import { type RunningServer, startServer } from '../helpers/server.ts';

const slug = 'make-co-production-count';
/** No answer may take longer than this, outage or not: pg's pool gives up on a connection after 5 s. */
const answerWithinMs = 8000;
/** The drill: PostgreSQL stopped for 30 s while people sign, then started again. */
const outageMs = 30_000;

let cluster: LocalPostgres | undefined;
let server: RunningServer | undefined;
afterEach(async (ctx) => {
  // What the server logged is the story of a failure here.
  if (ctx.task.result?.state === 'fail') console.log(server?.output());
  await server?.stop();
  cluster?.remove();
  server = cluster = undefined;
});

type Answer = { email: string; status: number | 'no answer'; retryAfter: string | null; ms: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sign(origin: string, email: string): Promise<Answer> {
  const started = Date.now();
  try {
    const res = await fetch(`${origin}/api/letters/${slug}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Outage Signer', email, country: 'GB-WLS', show_name: true, consent: true }),
      signal: AbortSignal.timeout(answerWithinMs * 2),
    });
    await res.arrayBuffer();
    return { email, status: res.status, retryAfter: res.headers.get('retry-after'), ms: Date.now() - started };
  } catch {
    return { email, status: 'no answer', retryAfter: null, ms: Date.now() - started };
  }
}

/** A few signers at a time, each signing again as soon as answered, until `stop()`. */
function signingLoad(origin: string, workers = 6) {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let n = 0; running; n++) {
      answers.push(await sign(origin, `outage-${w}-${n}@example.org`));
      await sleep(20);
    }
  });
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function until(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms / 1000}s: ${what}`);
    await sleep(200);
  }
}

describe('when PostgreSQL stops under signing load and comes back', () => {
  it('answers 202 or 503 with Retry-After, shows the 503 page, recovers by itself and keeps every acknowledged signature', { timeout: 120_000 }, async () => {
    cluster = await startLocalPostgres();
    server = await startServer({ DATABASE_URL: cluster.url });
    const { origin } = server;
    const load = signingLoad(origin);
    await until('signatures are acknowledged', async () => load.answers.some((a) => a.status === 202), 10_000);

    cluster.stop();
    const down = Date.now();
    // Each answer read whole at once: its timeout would cut a body read after the outage.
    const during: Record<string, { status: number; headers: Headers; body: string }> = {};
    const read = async (res: Response) => ({ status: res.status, headers: res.headers, body: await res.text() });
    await sleep(500);
    for (const path of [`/letters/${slug}`, `/cy/letters/${slug}`, '/api/ready', '/api/health']) {
      during[path] = await read(await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(answerWithinMs) }));
    }
    // Signing without JavaScript: the form posts to the page itself.
    during.form = await read(
      await fetch(`${origin}/cy/letters/${slug}`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ name: 'Form Signer', email: 'form-signer@example.org', country: 'GB-WLS', consent: 'on' }).toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(answerWithinMs),
      }),
    );
    await sleep(outageMs - (Date.now() - down));
    cluster.start();
    const up = Date.now();

    // Carries on by itself: no restart of the app server.
    await until('the server is ready again', async () => (await fetch(`${origin}/api/ready`)).status === 200, 20_000);
    await until('signing is acknowledged again', async () => load.answers.some((a) => a.status === 202 && a.ms < Date.now() - up), 10_000);
    await load.stop();

    const { answers } = load;
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length, 'some requests met the outage').toBeGreaterThan(0);
    for (const a of answers) {
      expect([202, 503], `${a.email}: ${a.status}`).toContain(a.status);
      expect(a.ms, `${a.email} answered in ${a.ms} ms`).toBeLessThan(answerWithinMs);
      if (a.status === 503) expect(a.retryAfter, `${a.email} has Retry-After`).toMatch(/^\d+$/);
    }

    for (const [path, t] of [[`/letters/${slug}`, en], [`/cy/letters/${slug}`, cy], ['form', cy]] as const) {
      const page = during[path]!;
      expect(page.status, path).toBe(503);
      expect(page.headers.get('retry-after'), path).toMatch(/^\d+$/);
      const html = page.body;
      expect(html, path).toContain(t.unavailable.title);
      expect(html, path).toContain(`lang="${t === en ? 'en' : 'cy'}"`);
    }
    expect(during['/api/ready']!.status).toBe(503);
    expect((JSON.parse(during['/api/ready']!.body) as { error: { code: string } }).error.code).toBe('not_ready');
    const health = during['/api/health']!;
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((JSON.parse(health.body) as { error: { code: string } }).error.code).toBe('unavailable');

    // Nothing acknowledged is lost, and the mail sender came through the outage.
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const stored = new Set((await client.query<{ email: string }>('select email from signatures')).rows.map((r) => r.email));
      const acknowledged = answers.filter((a) => a.status === 202);
      for (const a of acknowledged) expect(stored.has(a.email), `${a.email} was acknowledged`).toBe(true);

      const after = await sign(origin, 'after-the-outage@example.org');
      expect(after.status).toBe(202);
      const mailed = async () =>
        (
          await client.query(
            `select 1 from outbox o join signatures s on s.id = o.signature_id where s.email = 'after-the-outage@example.org' and o.sent_at is not null`,
          )
        ).rowCount === 1;
      await until('the sender mails a signer who came after the outage', mailed, 15_000);
    } finally {
      await client.end();
    }
    expect(server.output()).not.toMatch(/unexpected error/);
  });
});
