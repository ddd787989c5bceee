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
