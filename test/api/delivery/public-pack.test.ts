import { describe, expect, it } from 'vitest';
import { eraseSignature, hideSignature } from '../../../api/admin/data-request.service.ts';
import { publicPackPdf } from '../../../api/delivery/public-pack.service.ts';
import { approveSupport } from '../../../api/support/support.moderation.ts';
import { openLetter, secondServer, testApp } from '../../helpers/app.ts';
import { pdfPages } from '../../helpers/pdf-text.ts';
import { type TestApp, verifiedSignature } from '../../helpers/signatures.ts';
import { awaitingSupport } from '../../helpers/support.ts';

const campaigner = 'gwen@ymgyrch.cymru';

/** One accepted letter of support for each choice of its author: in full, as an extract, for the recipient alone. */
async function threeLettersOfSupport(app: TestApp) {
  await verifiedSignature(app, { name: 'Siân Ŵyn Roberts' });
  const full = await awaitingSupport(app, { author_name: 'Professor Jane Doe', email: 'jane@uni.example', body: 'The whole of my letter, published.' });
  const extract = await awaitingSupport(app, {
    ...{ author_name: 'Dr Extract Only', email: 'extract@uni.example', publish: 'extract' },
    ...{ body: 'A long letter whose middle is private.', extract: 'Only this sentence may be quoted.' },
  });
  const none = await awaitingSupport(app, { author_name: 'Dr Private Writer', email: 'private@uni.example', publish: 'none', body: 'For the First Minister only.' });
  for (const s of [full, extract, none]) await approveSupport(app, s.id, campaigner);
}

async function download(app: TestApp, query = '') {
  const res = await app.get(`/api/letters/${openLetter}/pack.pdf${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return new Uint8Array(await res.arrayBuffer());
}

describe('GET /api/letters/:slug/pack.pdf (the public pack)', () => {
  it('holds each letter of support as far as its author allowed: in full, as its extract, or not at all', async () => {
    const app = await testApp();
    await threeLettersOfSupport(app);
    const text = (await pdfPages(await download(app))).join('\n');
    expect(text).toContain('Make co-production count in Wales');
    expect(text).toContain('Siân Ŵyn Roberts');
    expect(text).toContain('The whole of my letter, published.');
    expect(text).toContain('Dr Extract Only');
    expect(text).toContain('Only this sentence may be quoted.');
    expect(text).toContain('An extract: its author chose to publish only this part.');
    expect(text).not.toContain('A long letter whose middle is private.');
    expect(text).not.toContain('Dr Private Writer');
    expect(text).not.toContain('For the First Minister only.');
    expect(text).not.toMatch(/@/);
  });

  it('is in Welsh with ?lang=cy', async () => {
    const app = await testApp();
    await threeLettersOfSupport(app);
    const text = (await pdfPages(await download(app, '?lang=cy'))).join('\n');
    expect(text).toContain('Gwneud i gyd-gynhyrchu gyfrif yng Nghymru');
    expect(text).toContain('Dyfyniad: dewisodd yr awdur gyhoeddi’r rhan hon yn unig.');
    expect(text).not.toContain('Dr Private Writer');
  });

  it('is made again only when the list has changed, and then not within a minute of the last', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'one@example.org' });
    const first = await download(app);
    app.clock.advance(5 * 60_000);
    // Nothing changed: the same pack, "as of" the time it was made.
    expect(await download(app)).toEqual(first);

    await verifiedSignature(app, { email: 'two@example.org' });
    const second = await download(app);
    expect((await pdfPages(second)).join(' ')).toContain('2 confirmed signatures');

    await verifiedSignature(app, { email: 'three@example.org' });
    app.clock.advance(30_000);
    // Changed, but the last pack is only 30 seconds old: that one is the answer still.
    expect(await download(app)).toEqual(second);
    app.clock.advance(31_000);
    expect((await pdfPages(await download(app))).join(' ')).toContain('3 confirmed signatures');
  });

  it('drops a name at once when a campaigner hides or erases it, not a minute later', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'hide@example.org', name: 'Hidden Soon' });
    await verifiedSignature(app, { email: 'erase@example.org', name: 'Erased Soon' });
    const text = async () => (await pdfPages(await download(app))).join(' ');
    expect(await text()).toContain('Hidden Soon');
    const idOf = async (email: string) => (await app.db.selectFrom('signatures').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    await hideSignature(app, await idOf('hide@example.org'), campaigner, 'Asked by email');
    expect(await text()).not.toContain('Hidden Soon');
    await eraseSignature(app, await idOf('erase@example.org'), campaigner, 'Asked by email', { withdraw: false, support: false });
    expect(await text()).not.toContain('Erased Soon');
  });

  describe('with two app servers on one database', () => {
    it('drops a hidden or erased name from the pack every server serves, not only from the one that took the request', async () => {
      const app = await testApp();
      const other = secondServer(app);
      await verifiedSignature(app, { email: 'hide@example.org', name: 'Hidden Soon' });
      await verifiedSignature(app, { email: 'erase@example.org', name: 'Erased Soon' });
      const onOther = async () => (await pdfPages(await publicPackPdf(other.deps, openLetter, 'en'))).join(' ');
      expect(await onOther()).toContain('Hidden Soon');
      const idOf = async (email: string) => (await app.db.selectFrom('signatures').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

      // The campaigner's request reaches the first server; a journalist's download, the second, within the minute.
      await hideSignature(app, await idOf('hide@example.org'), campaigner, 'Asked by email');
      expect(await onOther()).not.toContain('Hidden Soon');
      await eraseSignature(app, await idOf('erase@example.org'), campaigner, 'Asked by email', { withdraw: false, support: false });
      expect(await onOther()).not.toContain('Erased Soon');
    });

    it('drops an erased letter of support from the pack of its letter on every server', async () => {
      const app = await testApp();
      const other = secondServer(app);
      await verifiedSignature(app, { email: 'jane@uni.example', name: 'Jane Doe' });
      await approveSupport(app, (await awaitingSupport(app, { author_name: 'Professor Jane Doe', email: 'jane@uni.example', body: 'A letter soon erased.' })).id, campaigner);
      const onOther = async () => (await pdfPages(await publicPackPdf(other.deps, openLetter, 'en'))).join(' ');
      expect(await onOther()).toContain('A letter soon erased.');
      const { id } = await app.db.selectFrom('signatures').select('id').where('email', '=', 'jane@uni.example').executeTakeFirstOrThrow();
      await eraseSignature(app, id, campaigner, 'Asked by email', { withdraw: false, support: true });
      expect(await onOther()).not.toContain('A letter soon erased.');
    });
  });

  it('is made once for downloads that arrive together: each gets the very same bytes', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'one@example.org' });
    const [a, b, c, welsh] = await Promise.all([
      publicPackPdf(app, openLetter, 'en'),
      publicPackPdf(app, openLetter, 'en'),
      publicPackPdf(app, openLetter, 'en'),
      publicPackPdf(app, openLetter, 'cy'),
    ]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    // The other language is its own pack, made after the first (one at a time), not in its place.
    expect(welsh).not.toBe(a);
    expect((await pdfPages(welsh)).join(' ')).toContain('Gwneud i gyd-gynhyrchu gyfrif yng Nghymru');
  });

  it('answers 404 for a letter that does not exist', async () => {
    const app = await testApp();
    expect((await app.get('/api/letters/no-such-letter/pack.pdf')).status).toBe(404);
  });
});
