import { aSigner, openLetter } from './app.ts';
import { lastMailTo, type TestApp } from './signatures.ts';
import { tokenIn } from './smtp.ts';

/** Signs through the API as a browser at `address` would reach the server. */
export const signFrom = (app: TestApp, address: string, overrides: Record<string, unknown> = {}, letter = openLetter) =>
  app.api.request(
    `/api/letters/${letter}/signatures`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(aSigner(overrides)) },
    { incoming: { socket: { remoteAddress: address } } },
  );

/** Signs from `address` and confirms from the mail: a counted signature that came from there. */
export async function confirmedFrom(app: TestApp, address: string, overrides: Record<string, unknown> & { email: string }) {
  const res = await signFrom(app, address, overrides);
  if (res.status !== 202) throw new Error(`signing answered ${res.status}: ${await res.text()}`);
  const confirmed = await app.post('/api/signatures/confirm', { token: tokenIn(await lastMailTo(app, overrides.email), 'confirm') });
  if (confirmed.status !== 200) throw new Error(`confirming answered ${confirmed.status}`);
}

/** Limits no test of many signatures from one address reaches, for tests of what comes after signing. */
export const noLimits = { burst: { count: 10_000, seconds: 60 }, sustained: { count: 10_000, seconds: 300 } };
