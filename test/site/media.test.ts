import { afterAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import type { Deps } from '../../api/deps.ts';
import { approveOrganisation, rejectOrganisation } from '../../api/organisations/organisation.service.ts';
import { type LetterStats, letterStatsSchema } from '../../api/stats/stats.schema.ts';
import { approveSupport } from '../../api/support/support.moderation.ts';
import { countedDirectly } from '../helpers/counts.ts';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, emailAddress, hrefs, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest({ ADMIN_EMAILS: 'gwen@ymgyrch.cymru' });
const mediaPage = `/letters/${openLetter}/media`;

// A campaigner's decisions are taken on the server's own database, through the services the workspace calls.
let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());
const campaigner = async () => ({ db: await database(), clock: () => new Date('2026-11-23T12:00:00Z') }) as unknown as Deps;

/** Signs through the letter page and confirms from the mail, as a signer with JavaScript off. */
async function signAndConfirm(fields: Record<string, string>) {
  const email = fields['email'] ?? '';
  const before = site.mailCount(email);
  expect((await site.post(`/letters/${openLetter}`, aSigner(fields))).status).toBe(303);
  const mail = await site.nextMailTo(email, before);
  expect((await site.post(pathOf(linkIn(mail, 'confirm')))).status).toBe(303);
  return pathOf(linkIn(mail, 'withdraw'));
}

const figureOn = (html: string, key: string) => Number(textOf(element(html, 'div', `data-figure="${key}"`) ?? '').replace(/\D/g, ''));

/** A breakdown table on the media page as `{code: n}`, read from its rows. */
function breakdownOn(html: string, id: string): Record<string, number> {
  const table = element(html, 'table', `data-breakdown="${id}"`) ?? '';
  return Object.fromEntries(
    [...table.matchAll(/<tr data-key="([^"]+)"[^>]*>[\s\S]*?<td class="figure"[^>]*>([^<]*)<\/td>/g)].map(([, key, n]) => [key, Number(n!.replace(/\D/g, ''))]),
  );
}

/** The media page, the stats, the CSV, the letter's JSON and a recount from the database: they must all say the same. */
async function everySourceAgrees(): Promise<LetterStats> {
  const stats = letterStatsSchema.parse(await site.json(`/api/letters/${openLetter}/stats`));
  const page = await site.get(mediaPage);
  expect(page.status).toBe(200);
  expect({
    total: figureOn(page.html, 'total'),
    organisations: figureOn(page.html, 'organisations'),
    individuals: figureOn(page.html, 'individuals'),
    countries: figureOn(page.html, 'countries'),
  }).toEqual(stats.counts);
  expect(breakdownOn(page.html, 'kind')).toEqual(stats.by_kind);
  expect(breakdownOn(page.html, 'organisation_type')).toEqual(stats.by_organisation_type);
  expect(breakdownOn(page.html, 'country')).toEqual(stats.by_country);
  expect(breakdownOn(page.html, 'area')).toEqual(stats.by_area);
  const chart = element(page.html, 'table', 'data-daily') ?? '';
  expect([...chart.matchAll(/<tr data-date="([^"]+)"/g)].map(([, d]) => d)).toEqual(stats.daily.map((d) => d.date));

  const letter = (await site.json(`/api/letters/${openLetter}`)) as { counts: Record<string, unknown> };
  expect(letter.counts).toEqual({ total: stats.counts.total, individuals: stats.counts.individuals, organisations: stats.counts.organisations, by_country: stats.by_country });
  const csv = await (await fetch(new URL(`/api/letters/${openLetter}/signatories.csv`, site.origin))).text();
  expect(csv.trim().split(/\r?\n/).length - 1).toBe(stats.counts.total);

  const direct = await countedDirectly({ db: await database() });
  expect([direct.total, direct.individuals, direct.organisations]).toEqual([stats.counts.total, stats.counts.individuals, stats.counts.organisations]);
  expect([direct.by_country, direct.by_area, direct.by_organisation_type]).toEqual([stats.by_country, stats.by_area, stats.by_organisation_type]);
  expect(Object.fromEntries(stats.daily.filter((d) => d.n > 0).map((d) => [d.date, d.n]))).toEqual(direct.by_day);
  return stats;
}

describe('a journalist reads the media page of a letter', () => {
  it('is linked from the letter page, in each language', async () => {
    expect(hrefs((await site.get(`/letters/${openLetter}`)).html)).toContain(mediaPage);
    expect(hrefs((await site.get(`/cy/letters/${openLetter}`)).html)).toContain(`/cy${mediaPage}`);
  });

  it('finds the same numbers on the page, in the stats, the CSV and the letter as in the database, through signing, withdrawing and moderation', async () => {
    const nobody = await everySourceAgrees();
    expect(nobody.counts.total).toBe(0);
    expect(textOf((await site.get(mediaPage)).html)).toContain('No signature has been confirmed yet.');

    await signAndConfirm({ name: 'Elin Prys', email: 'elin@example.org', country: 'GB-WLS', area: 'W06000015' });
    await signAndConfirm({ name: 'Dewi Jones', email: 'dewi@example.org', country: 'GB-WLS', area: 'W06000001' });
    const leaving = await signAndConfirm({ name: 'Sam Smith', email: 'sam@example.org', country: 'US' });
    await signAndConfirm({ ...{ name: 'Rhian Prys', email: 'post@elusen.cymru', kind: 'organisation', organisation: 'Elusen Gymreig' }, ...{ organisation_type: 'third_sector', website: 'https://www.elusen.cymru' } });
    const waiting = { kind: 'organisation', organisation_type: 'nhs', website: 'https://bwrdd.example.nhs.wales' };
    await signAndConfirm({ name: 'Aled Ŵyn', email: 'aled@gmail.com', organisation: 'Bwrdd Iechyd Enghraifft', ...waiting });
    await signAndConfirm({ name: 'Gwen Hughes', email: 'gwen@gmail.com', organisation: 'Cwmni Amheus', ...waiting, organisation_type: 'business' });
    const signed = await everySourceAgrees();
    expect(signed.counts).toEqual({ total: 4, individuals: 3, organisations: 1, countries: 2 });

    expect((await site.post(leaving)).status).toBe(303);
    const withdrawn = await everySourceAgrees();
    expect(withdrawn.by_country).toEqual({ 'GB-WLS': 3 });

    const organisations = await (await database()).selectFrom('signatures').select(['id', 'organisation']).where('authority', '=', 'awaiting_approval').execute();
    const idOf = (name: string) => organisations.find((o) => o.organisation === name)!.id;
    await approveOrganisation(await campaigner(), idOf('Bwrdd Iechyd Enghraifft'), 'gwen@ymgyrch.cymru');
    await rejectOrganisation(await campaigner(), idOf('Cwmni Amheus'), 'gwen@ymgyrch.cymru', 'Not a real company');
    const moderated = await everySourceAgrees();
    expect(moderated.by_organisation_type).toEqual({ third_sector: 1, nhs: 1 });

    const page = await site.get(mediaPage);
    const text = textOf(page.html);
    for (const words of ['Cardiff', 'Isle of Anglesey', 'Wales', 'NHS body', 'Third sector', 'Elusen Gymreig', 'Bwrdd Iechyd Enghraifft']) expect(text).toContain(words);
    expect(text).not.toContain('Cwmni Amheus');
    // The chart is drawn on the server, with the same days as a table beside it.
    expect(tags(page.html, 'svg')[0]).toMatchObject({ role: 'img' });
    // The campaign's press office is the one address on the page; no signer's address ever is.
    expect(text.match(new RegExp(emailAddress, 'g'))).toEqual(['wasg-press@cyd-gynhyrchu.example']);
    expect(text).toContain('Megan Hughes');
  });

  it('quotes the published letters of support, never one meant for the recipient alone', async () => {
    const send = async (fields: Record<string, string>) => {
      const form = new FormData();
      const all = { role: 'Professor', organisation: 'University of Somewhere', country: 'AU', body: 'The letter in full.', consent: 'yes', ...fields };
      for (const [k, v] of Object.entries(all)) form.set(k, v);
      form.set('pdf', new File([], '', { type: 'application/octet-stream' }));
      expect((await site.postMultipart(`/letters/${openLetter}/support/new`, form)).status).toBe(303);
      expect((await site.post(pathOf(linkIn(await site.mailTo(fields['email']!), 'support/confirm'))))).toMatchObject({ status: 303 });
      const row = await (await database()).selectFrom('support_letters').select('id').where('email', '=', fields['email']!).executeTakeFirstOrThrow();
      await approveSupport(await campaigner(), row.id, 'gwen@ymgyrch.cymru');
    };
    await send({ author_name: 'Professor Ann Quote', email: 'ann@uni.example', extract: 'Wales can lead the way.', publish: 'extract' });
    await send({ author_name: 'Dr Private Writer', email: 'private@uni.example', extract: 'Only for the First Minister.', publish: 'none' });

    const text = textOf((await site.get(mediaPage)).html);
    expect(text).toContain('Wales can lead the way.');
    expect(text).toContain('Professor Ann Quote');
    expect(text).toContain('Australia');
    expect(text).not.toContain('Dr Private Writer');
    expect(text).not.toContain('Only for the First Minister.');
  });

  it('offers the downloads, each of which answers', async () => {
    const page = await site.get(mediaPage);
    const links = tags(page.html, 'a').filter((a) => 'data-download' in a).map((a) => a.href!);
    expect(links).toEqual([
      `/api/letters/${openLetter}/signatories.csv`,
      `/api/letters/${openLetter}/signatories?limit=200`,
      `/api/letters/${openLetter}/stats`,
      `/api/letters/${openLetter}/pack.pdf`,
      `/api/letters/${openLetter}/pack.pdf?lang=cy`,
    ]);
    for (const link of links) expect((await fetch(new URL(link, site.origin))).status).toBe(200);
  });

  it('shows what happened to the letter once it has been delivered', async () => {
    expect(textOf((await site.get(mediaPage)).html)).not.toContain('Delivered on');
    const cookie = await site.signInAs('gwen@ymgyrch.cymru');
    const delivery = `/admin/letters/${openLetter}/delivery`;
    const logged = await site.post(delivery, { form: 'delivery', delivered_on: '2026-11-23', recipient: 'The First Minister of Wales', method: 'post' }, undefined, { cookie });
    expect(logged.status).toBe(303);
    const text = textOf((await site.get(mediaPage)).html);
    expect(text).toContain('Delivered on 23 November 2026 (by post) with 4 signatures.');
  });

  it('is in Welsh at /cy, with the names of places and types in Welsh', async () => {
    const page = await site.get(`/cy${mediaPage}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="cy"');
    const text = textOf(page.html);
    for (const words of ['I newyddiadurwyr', 'Y prif ffigurau', 'Caerdydd', 'Ynys Môn', 'Cymru', 'Corff GIG', "Cyswllt i'r wasg"]) expect(text).toContain(words);
    expect(text).not.toContain('Cardiff');
    expect(text).not.toContain('Headline numbers');
  });

  it('is a 404 for a letter that does not exist', async () => {
    expect((await site.get('/letters/no-such-letter/media')).status).toBe(404);
  });
});
