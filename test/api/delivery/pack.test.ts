import { describe, expect, it } from 'vitest';
import { deliveryPackPdf } from '../../../api/delivery/pack.pdf.ts';
import { deliveryPack } from '../../../api/delivery/pack.service.ts';
import { approveSupport } from '../../../api/support/support.moderation.ts';
import { sessionCookieName } from '../../../api/admin/session.cookie.ts';
import { signIn } from '../../../api/admin/sign-in.service.ts';
import { adminEmails, asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { signInToken } from '../admin/admin.helpers.ts';
import { overprinted, pdfLines, pdfPages } from '../../helpers/pdf-text.ts';
import { type TestApp, verifiedSignature } from '../../helpers/signatures.ts';
import { awaitingSupport } from '../../helpers/support.ts';

const campaigner = 'gwen@ymgyrch.cymru';

/** A letter with two verified organisations, a named and an anonymous individual, and two accepted letters of support. */
async function aCampaign(app: TestApp) {
  await verifiedSignature(app, { name: 'Rhian Prys', ...asOrganisation('Bwrdd Iechyd Prifysgol Enghraifft', 'ceo@bip-enghraifft.nhs.wales', { organisation_type: 'nhs' }) });
  await verifiedSignature(app, { name: 'Aled Ŵyn', ...asOrganisation('Gofalwyr Ceredigion', 'chair@gofalwyr.org.uk') });
  await verifiedSignature(app, { name: 'Siân Ŵyn Roberts', email: 'sian@example.cymru' });
  await verifiedSignature(app, { name: 'Hidden Person', email: 'hidden@example.cymru', show_name: false });
  const full = await awaitingSupport(app, { author_name: 'Professor Jane Doe', email: 'jane@uni.example' });
  const privately = await awaitingSupport(app, { author_name: 'Dr Private Writer', email: 'private@uni.example', publish: 'none', body: 'For the First Minister only.' });
  await approveSupport(app, full.id, campaigner);
  await approveSupport(app, privately.id, campaigner);
}

describe('the delivery pack', () => {
  it('holds the count, the organisations by type, the names shown and every accepted letter of support', async () => {
    const app = await testApp();
    await aCampaign(app);
    const pack = await deliveryPack(app, openLetter, 'en');
    expect(pack.counts).toEqual({ total: 4, organisations: 2, individuals: 2 });
    expect(pack.organisations.map((g) => [g.type, g.names.map((o) => o.name)])).toEqual([
      ['nhs', ['Bwrdd Iechyd Prifysgol Enghraifft']],
      ['third_sector', ['Gofalwyr Ceredigion']],
    ]);
    expect(pack.individuals).toEqual(['Siân Ŵyn Roberts']);
    expect(pack.anonymous).toBe(1);
    expect(pack.support.map((s) => [s.author, s.recipientOnly])).toEqual([
      ['Professor Jane Doe', false],
      ['Dr Private Writer', true],
    ]);
    expect(JSON.stringify(pack)).not.toContain('Hidden Person');
    expect(JSON.stringify(pack)).not.toMatch(/@/);
  });

  it('is a real PDF whose pages read back with the number, the organisations, the letter and page numbers', async () => {
    const app = await testApp();
    await aCampaign(app);
    const bytes = await deliveryPackPdf(await deliveryPack(app, openLetter, 'en'));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    const all = pages.join('\n');
    expect(all).toContain('Make co-production count in Wales');
    expect(all).toContain('To: The First Minister of Wales');
    expect(all).toContain('4 confirmed signatures: 2 organisations and 2 individuals');
    expect(all).toContain('Bwrdd Iechyd Prifysgol Enghraifft');
    expect(all).toContain('Gofalwyr Ceredigion');
    expect(all).toContain('Siân Ŵyn Roberts');
    expect(all).toContain('Dear First Minister');
    expect(all).toContain('For the First Minister only.');
    expect(all).not.toContain('Hidden Person');
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect((await pdfLines(bytes)).flatMap(overprinted)).toEqual([]);
  });

  it('speaks Welsh when made in Welsh', async () => {
    const app = await testApp();
    await aCampaign(app);
    const bytes = await deliveryPackPdf(await deliveryPack(app, openLetter, 'cy'));
    const pages = await pdfPages(bytes);
    const all = pages.join('\n');
    // The longer Welsh letter runs onto a second page: each line lands on its own page, never over another.
    expect((await pdfLines(bytes)).flatMap(overprinted)).toEqual([]);
    expect(all).toContain("4 llofnod wedi'u cadarnhau");
    expect(all).toContain('Corff GIG');
    expect(pages[0]).toContain(`Tudalen 1 o ${pages.length}`);
  });
});

describe('GET /api/admin/letters/:slug/pack.pdf', () => {
  it('is for campaigners only: it holds letters meant for the recipient alone', async () => {
    const app = await testApp();
    expect((await app.get(`/api/admin/letters/${openLetter}/pack.pdf`)).status).toBe(401);
  });

  it('downloads the Welsh pack for a signed-in campaigner, never to be cached', async () => {
    const app = await testApp();
    const { secret } = await signIn(app, adminEmails, await signInToken(app));
    const res = await app.get(`/api/admin/letters/${openLetter}/pack.pdf?lang=cy`, { cookie: `${sessionCookieName}=${secret}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${openLetter}-delivery-pack-cy-2026-11-22.pdf"`);
    expect((await pdfPages(new Uint8Array(await res.arrayBuffer())))[0]).toContain('Llythyr agored');
  });
});
