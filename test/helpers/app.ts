import { afterAll } from 'vitest';
import { type AbusePolicy, defaultAbusePolicy } from '../../api/abuse/sign-limits.ts';
import { createApi } from '../../api/app.ts';
import type { Db } from '../../api/db/database.ts';
import type { Deps } from '../../api/deps.ts';
import { loadLetterCatalogue } from '../../api/letters/letter.catalogue.ts';
import { deliverDue } from '../../api/mail/sender.ts';
import { type Mailer, createMailer } from '../../api/mail/transport.ts';
import { uploadStore } from '../../api/uploads/upload.store.ts';
import { anotherConnection, freshDb, readerOf } from './db.ts';
import { onPostgres } from './postgres.ts';
import { smtpCatcher } from './smtp.ts';

export const origin = 'https://llofnod.test';
export const openLetter = 'make-co-production-count';
export const closedLetter = 'co-production-at-the-heart';
/** The campaigners the test API lets into the workspace (ADMIN_EMAILS). */
export const adminEmails = ['Gwen@Ymgyrch.Cymru', 'dafydd@ymgyrch.cymru'];
/** The network's coordinators the test API lets into the network's part of the workspace (NETWORK_COORDINATORS). */
export const networkCoordinators = ['Cydlynydd@Rhwydwaith.Cymru', 'second@rhwydwaith.cymru'];

/** A clock the test can move: starts inside the open letter's signing window. */
export function testClock(start = '2026-11-22T10:00:00Z') {
  let now = new Date(start);
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}

/**
 * One SMTP catcher and one pooled connection to it for a whole test file, emptied for each
 * test: the catcher makes every new connection wait 100 ms (its check for early talkers).
 */
let mailRig: Promise<{ smtp: Awaited<ReturnType<typeof smtpCatcher>>; mailer: Mailer }> | undefined;
afterAll(async () => {
  const rig = await mailRig;
  rig?.mailer.close();
  await rig?.smtp.close();
});
async function sharedMail(dataDir: string) {
  mailRig ??= smtpCatcher().then((smtp) => ({
    smtp,
    mailer: createMailer({ smtpUrl: `${smtp.url}/?pool=true`, mailFrom: 'Llofnod <no-reply@llofnod.test>', dataDir }),
  }));
  const rig = await mailRig;
  rig.smtp.reset();
  return rig;
}

/**
 * The API over a fresh SQLite file, with the project's real letters, a real SMTP server
 * catching mail, and `sendMail()` to run the outbox sender once.
 */
export async function testApp({ now, abuse }: { now?: string; abuse?: Partial<AbusePolicy> } = {}) {
  const { db, dataDir, databaseUrl } = await freshDb();
  const { smtp, mailer } = await sharedMail(dataDir);
  const clock = testClock(now);
  const server = appServer(db, readerOf({ dataDir, databaseUrl }), dataDir, clock, { ...defaultAbusePolicy, ...abuse });
  // Another server's sender is `{ ...senderDeps, senderId: 'server-2' }`: the same database, another process.
  const senderDeps = { ...server.deps, mailer, publicOrigin: origin, senderId: 'server-1' };
  return {
    ...server,
    ...server.deps,
    clock,
    dataDir,
    databaseUrl,
    smtp,
    senderDeps,
    /** Runs the outbox sender once, as the server's loop would. */
    sendMail: () => deliverDue(senderDeps),
    /** Runs the sender until nothing more is due now (mails waiting for a retry stay waiting). */
    async sendAllMail() {
      while ((await deliverDue(senderDeps)) > 0);
    },
    /** How many rows a table holds: "nothing stored" means zero here. */
    rowCount: async (table: 'signatures' | 'tokens' | 'outbox' | 'counters') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  };
}

/**
 * A second app server beside a test app, as behind a load balancer: its own connection to the
 * same database, its own caches and locks in memory; the same upload folder and clock.
 */
export function secondServer(app: { dataDir: string; databaseUrl: string | undefined; clock: ReturnType<typeof testClock> }) {
  return appServer(anotherConnection(app), readerOf(app), app.dataDir, app.clock);
}

/**
 * A second server for requests that race each other. On PostgreSQL its own connection, so their
 * transactions truly overlap. On SQLite the first server's connection: BEGIN IMMEDIATE queues
 * writers on the whole file, across processes just as here, whereas a second connection in
 * this one process would block the very thread the first needs to commit.
 */
export function racingServer(app: Parameters<typeof secondServer>[0] & ReturnType<typeof appServer>): ReturnType<typeof appServer> {
  return onPostgres ? secondServer(app) : app;
}

/** One app server: the API over a database, and requests to it. */
function appServer(db: Db, reader: Db, dataDir: string, clock: ReturnType<typeof testClock>, abuse: AbusePolicy = defaultAbusePolicy) {
  const deps: Deps = { db, reader, letters: loadLetterCatalogue(process.cwd()), clock, uploads: uploadStore(dataDir), abuse };
  const api = createApi({ ...deps, config: { publicOrigin: origin, adminEmails, networkCoordinators } });
  return {
    deps,
    api,
    post: (path: string, body: unknown, headers: Record<string, string> = {}) =>
      api.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    /** A browser form post from the site itself (hono/csrf wants the Origin). */
    postForm: (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
      api.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    /**
     * A multipart form post from the site, as a browser sends a form with a file input: `files`
     * by field name, each with the name it had on the sender's disk and its declared type.
     */
    postMultipart: (
      path: string,
      fields: Record<string, unknown>,
      files: Record<string, { bytes: Uint8Array; name: string; type: string }> = {},
      headers: Record<string, string> = {},
    ) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== false) form.append(k, String(v));
      for (const [k, f] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
      return api.request(path, { method: 'POST', headers: { origin, ...headers }, body: form });
    },
    get: (path: string, headers: Record<string, string> = {}) => api.request(path, { headers }),
  };
}

/** A valid signature body; override any field. */
export function aSigner(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Siân Ŵyn Roberts',
    email: 'sian@example.cymru',
    kind: 'individual',
    place: 'Aberystwyth',
    country: 'GB-WLS',
    area: 'W06000008',
    comment: 'Services work when we build them together.',
    show_name: true,
    updates: false,
    consent: true,
    ...overrides,
  };
}

/** An organisation's fields, its website at its email's domain, so that confirming verifies it at once. */
export function asOrganisation(organisation: string, email: string, overrides: Record<string, unknown> = {}) {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return { kind: 'organisation', organisation, organisation_type: 'third_sector', website: `https://www.${domain}/`, email, ...overrides };
}
