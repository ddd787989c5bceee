import { describe, expect, it } from 'vitest';
import { oembedSchema } from '../../../api/embeds/oembed.schema.ts';
import { errorBodySchema } from '../../../api/http/error.schema.ts';
import { letterListSchema, letterSummarySchema } from '../../../api/letters/letter.schema.ts';
import { signatoryPageSchema } from '../../../api/signatories/signatory.schema.ts';
import { snapshotViewSchema } from '../../../api/snapshots/snapshot.schema.ts';
import { pendingSchema, signatureOutcomeSchema } from '../../../api/signatures/signature.schema.ts';
import { approveSupport } from '../../../api/support/support.moderation.ts';
import { supportConfirmedSchema, supportListSchema } from '../../../api/support/support.schema.ts';
import { aSigner, asOrganisation, closedLetter, openLetter, origin, testApp } from '../../helpers/app.ts';
import { lastMailTo, pendingSignature, sign, verifiedSignature } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { aSupportLetter, awaitingSupport, postSupport } from '../../helpers/support.ts';

/**
 * The schemas the OpenAPI document is generated from are the ones real answers are parsed
 * with here (strict objects: a field added to an answer and not to its schema fails), so the
 * description cannot drift from what the API says.
 */
describe('what the API answers, read with the schemas its description is made from', () => {
  it('gives a signer, a journalist and an embed exactly the documented shapes', async () => {
    const app = await testApp();
    expect(pendingSchema.parse(await (await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'a@example.cymru' }))).json())).toEqual({ status: 'pending' });
    const signer = await pendingSignature(app);
    expect(signatureOutcomeSchema.parse(await (await app.post('/api/signatures/confirm', { token: signer.confirm })).json()).status).toBe('verified');
    const organisation = await pendingSignature(app, asOrganisation('Cwmni Da', 'clerc@cwmni.example'));
    await app.post('/api/signatures/confirm', { token: organisation.confirm });

    const list = signatoryPageSchema.parse(await (await app.get(`/api/letters/${openLetter}/signatories?order=organisations`)).json());
    expect(list.items.map((i) => [i.name, i.kind, i.verified])).toEqual([
      [organisation.body.name, 'organisation', true],
      [signer.body.name, 'individual', false],
    ]);
    const letter = letterSummarySchema.parse(await (await app.get(`/api/letters/${openLetter}`)).json());
    expect(letter.counts.total).toBe(2);
    const letters = letterListSchema.parse(await (await app.get('/api/letters')).json());
    expect(letters.letters.map((l) => l.slug)).toEqual([openLetter, closedLetter]);
    expect(signatureOutcomeSchema.parse(await (await app.post('/api/signatures/withdraw', { token: signer.withdraw })).json()).status).toBe('withdrawn');
  });

  it('shapes letters of support in full and as an extract as documented', async () => {
    const app = await testApp();
    const full = await awaitingSupport(app);
    const extractOnly = await awaitingSupport(app, { email: 'rhys@prifysgol.example', author_name: 'Dr Rhys Jones', publish: 'extract', organisation: '' });
    await approveSupport(app, full.id, 'gwen@ymgyrch.cymru', { notable: true });
    await approveSupport(app, extractOnly.id, 'gwen@ymgyrch.cymru');
    const { items } = supportListSchema.parse(await (await app.get(`/api/letters/${openLetter}/support`)).json());
    expect(items.map((i) => [i.author_name, 'body' in i])).toEqual([
      ['Professor Jane Doe', true],
      ['Dr Rhys Jones', false],
    ]);
  });

  it('answers a confirmed letter of support, and every refusal, in the documented shapes', async () => {
    const app = await testApp();
    await sign(app);
    const closed = await app.post(`/api/letters/${closedLetter}/signatures`, aSigner());
    expect(closed.status).toBe(409);
    expect(errorBodySchema.parse(await closed.json()).error.code).toBe('letter_closed');
    const invalid = errorBodySchema.parse(await (await app.post(`/api/letters/${openLetter}/signatures`, { name: '' })).json());
    expect(Object.keys(invalid.error.fields ?? {})).toContain('consent');
    const unknown = errorBodySchema.parse(await (await app.post('/api/support/confirm', { token: 'x'.repeat(43) })).json());
    expect(unknown.error).toMatchObject({ code: 'token_invalid', reason: 'unknown' });
    expect(errorBodySchema.parse(await (await app.get('/api/letters/no-such-letter')).json()).error.code).toBe('not_found');
  });
});

describe('a letter of support confirmed by its author', () => {
  it('answers as documented', async () => {
    const app = await testApp();
    await postSupport(app, aSupportLetter());
    const token = tokenIn(await lastMailTo(app, 'jane.doe@university.example'), 'support/confirm');
    const res = await app.post('/api/support/confirm', { token });
    expect(supportConfirmedSchema.parse(await res.json())).toEqual({ status: 'awaiting_approval', letter: openLetter });
  });
});

describe('a partner site asking for the widget by oEmbed', () => {
  it('gets the documented rich embed', async () => {
    const app = await testApp();
    const res = await app.get(`/api/oembed?url=${encodeURIComponent(`${origin}/cy/letters/${openLetter}`)}`);
    expect(oembedSchema.parse(await res.json())).toMatchObject({ type: 'rich', provider_url: `${origin}/cy` });
  });
});

describe('a journalist freezing the list and reading the snapshot back', () => {
  it('gets the documented snapshot both times', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const taken = snapshotViewSchema.parse(await (await app.post(`/api/letters/${openLetter}/snapshots`, {})).json());
    expect(snapshotViewSchema.parse(await (await app.get(`/api/snapshots/${taken.id}`)).json())).toEqual(taken);
  });
});
