import type { Db } from '../../api/db/database.ts';
import { aSigner, openLetter, type testApp } from './app.ts';
import { type CaughtMail, tokenIn } from './smtp.ts';

export type TestApp = Awaited<ReturnType<typeof testApp>>;
type Body = ReturnType<typeof aSigner>;

/** Signs through the API and insists on the 202; returns the body sent. */
export async function sign(app: TestApp, overrides: Record<string, unknown> = {}, slug = openLetter): Promise<Body> {
  const body = aSigner(overrides);
  const res = await app.post(`/api/letters/${slug}/signatures`, body);
  if (res.status !== 202) throw new Error(`signing answered ${res.status}: ${await res.text()}`);
  return body;
}

export const mailsTo = (app: TestApp, email: string): CaughtMail[] => app.smtp.inbox.filter((m) => m.to_address === email);

/** Sends whatever is due, then the newest mail to an address. */
export async function lastMailTo(app: TestApp, email: string): Promise<CaughtMail> {
  await app.sendAllMail();
  const mail = mailsTo(app, email).at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

export type SignedUp = { body: Body; confirm: string; withdraw: string };

/** A pending signature and the tokens its confirmation mail carried. */
export async function pendingSignature(app: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const body = await sign(app, overrides);
  const mail = await lastMailTo(app, body.email);
  return { body, confirm: tokenIn(mail, 'confirm'), withdraw: tokenIn(mail, 'withdraw') };
}

export async function verifiedSignature(app: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const s = await pendingSignature(app, overrides);
  const res = await app.post('/api/signatures/confirm', { token: s.confirm });
  if (res.status !== 200) throw new Error(`confirming answered ${res.status}: ${await res.text()}`);
  return s;
}

export async function withdrawnSignature(app: TestApp, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const s = await verifiedSignature(app, overrides);
  const res = await app.post('/api/signatures/withdraw', { token: s.withdraw });
  if (res.status !== 200) throw new Error(`withdrawing answered ${res.status}: ${await res.text()}`);
  return s;
}

/**
 * `n` verified rows written straight into the table (no counters, no mail): only for tests of
 * the list and the CSV that need more rows than signing through the API would quickly give.
 */
export async function insertVerifiedRows(db: Db, n: number, verifiedAt = (i: number) => `2026-11-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`) {
  const rows = Array.from({ length: n }, (_, i) => ({
    ...{ letter: openLetter, state: 'verified' as const, kind: 'individual' as const, name: `Row ${i}`, search_name: `row ${i}` },
    ...{ email: `r${i}@example.org`, email_key: `r${i}@example.org`, organisation: null, role: null, place: null },
    ...{ country: 'GB-WLS', area: null, comment: null, show_name: 1, updates: 0, locale: 'en' as const, source: 'web' as const },
    ...{ created_at: '2026-11-01T00:00:00.000Z', verified_at: verifiedAt(i), withdrawn_at: null },
  }));
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('signatures').values(rows.slice(i, i + 200)).execute();
}
