import { origin, openLetter } from './app.ts';
import { lastMailTo, type TestApp } from './signatures.ts';
import { tokenIn } from './smtp.ts';

/** A valid letter of support; override any field. */
export function aSupportLetter(overrides: Record<string, unknown> = {}) {
  return {
    author_name: 'Professor Jane Doe',
    role: 'Professor of Public Services',
    organisation: 'University of Somewhere',
    country: 'US',
    email: 'jane.doe@university.example',
    body: 'To the First Minister,\n\nI write in support of this letter.\n\nCo-production works when it is funded.',
    extract: 'Co-production works when it is funded.',
    publish: 'full',
    consent: true,
    ...overrides,
  };
}

/** Sends a letter of support as a browser's multipart form would, with a PDF when given. */
export function postSupport(app: TestApp, fields: Record<string, unknown>, pdf?: Uint8Array, headers: Record<string, string> = {}, slug = openLetter) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  if (pdf) form.set('pdf', new File([Buffer.from(pdf)], 'signed-letter.pdf', { type: 'application/pdf' }));
  return app.api.request(`/api/letters/${slug}/support`, { method: 'POST', headers: { origin, ...headers }, body: form });
}

/** A letter of support sent and confirmed by its author: now waiting for a campaigner. Returns its row. */
export async function awaitingSupport(app: TestApp, overrides: Record<string, unknown> = {}, pdf?: Uint8Array) {
  const fields = aSupportLetter(overrides);
  const res = await postSupport(app, fields, pdf);
  if (res.status !== 202) throw new Error(`sending answered ${res.status}: ${await res.text()}`);
  const token = tokenIn(await lastMailTo(app, fields.email), 'support/confirm');
  const confirmed = await app.post('/api/support/confirm', { token });
  if (confirmed.status !== 200) throw new Error(`confirming answered ${confirmed.status}: ${await confirmed.text()}`);
  return app.db.selectFrom('support_letters').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
}
