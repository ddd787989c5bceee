import { describe, expect, it } from 'vitest';
import { approveOrganisation } from '../../../api/organisations/organisation.service.ts';
import { letterStatsSchema } from '../../../api/stats/stats.schema.ts';
import { asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { countedDirectly } from '../../helpers/counts.ts';
import { type TestApp, pendingSignature, verifiedSignature, withdrawnSignature } from '../../helpers/signatures.ts';

const day = 24 * 60 * 60 * 1000;

async function stats(app: TestApp, slug = openLetter) {
  const res = await app.get(`/api/letters/${slug}/stats`);
  expect(res.status).toBe(200);
  return letterStatsSchema.parse(await res.json());
}

describe('GET /api/letters/:slug/stats', () => {
  it('answers the shape of the contract with nothing but zeros for a letter nobody has signed', async () => {
    const app = await testApp();
    expect(await stats(app)).toEqual({
      slug: openLetter,
      as_of: '2026-11-22T10:00:00.000Z',
      counts: { total: 0, individuals: 0, organisations: 0, countries: 0 },
      by_kind: {},
      by_organisation_type: {},
      by_country: {},
      by_area: {},
      daily: [],
    });
  });

  describe('when people and organisations have signed over several days', () => {
    async function campaign() {
      const app = await testApp();
      await verifiedSignature(app, { email: 'a@example.org', country: 'GB-WLS', area: 'W06000015' });
      await verifiedSignature(app, asOrganisation('Elusen Gymreig', 'post@elusen.cymru', { country: 'GB-WLS', organisation_type: 'third_sector' }));
      app.clock.advance(2 * day);
      await verifiedSignature(app, { email: 'b@example.org', country: 'US', area: undefined });
      await withdrawnSignature(app, { email: 'c@example.org', country: 'AU', area: undefined });
      await pendingSignature(app, { email: 'd@example.org', country: 'IE', area: undefined });
      // Waits for a campaigner, then is approved a day later: it still counts on the day it was confirmed.
      await verifiedSignature(app, asOrganisation('Bwrdd Iechyd', 'someone@gmail.com', { organisation_type: 'nhs', website: 'https://bwrdd.example/' }));
      app.clock.advance(day);
      const waiting = await app.db.selectFrom('signatures').select('id').where('authority', '=', 'awaiting_approval').executeTakeFirstOrThrow();
      await approveOrganisation(app, waiting.id, 'campaigner@llofnod.test');
      return app;
    }

    it('counts only verified, visible signatures, breaks them down and leaves out every key with none', async () => {
      const app = await campaign();
      const s = await stats(app);
      expect(s.counts).toEqual({ total: 4, individuals: 2, organisations: 2, countries: 2 });
      expect(s.by_kind).toEqual({ individual: 2, organisation: 2 });
      expect(s.by_organisation_type).toEqual({ third_sector: 1, nhs: 1 });
      expect(s.by_country).toEqual({ 'GB-WLS': 3, US: 1 });
      // The organisations keep the sample signer's Ceredigion.
      expect(s.by_area).toEqual({ W06000015: 1, W06000008: 2 });
      expect(s.daily).toEqual([
        { date: '2026-11-22', n: 2 },
        { date: '2026-11-23', n: 0 },
        { date: '2026-11-24', n: 2 },
      ]);
      expect(s.as_of).toBe('2026-11-25T10:00:00.000Z');
    });

    it('agrees with GET /api/letters/:slug and with a recount from the signatures table', async () => {
      const app = await campaign();
      const s = await stats(app);
      const letter = await (await app.get(`/api/letters/${openLetter}`)).json();
      expect(letter.counts).toEqual({ total: s.counts.total, individuals: s.counts.individuals, organisations: s.counts.organisations, by_country: s.by_country });
      const direct = await countedDirectly(app);
      expect(s.by_area).toEqual(direct.by_area);
      expect(s.by_organisation_type).toEqual(direct.by_organisation_type);
      expect(Object.fromEntries(s.daily.filter((d) => d.n > 0).map((d) => [d.date, d.n]))).toEqual(direct.by_day);
    });

    it('takes a withdrawal back from the day the signature was counted on', async () => {
      const app = await campaign();
      const later = await verifiedSignature(app, { email: 'e@example.org' });
      expect((await stats(app)).daily.at(-1)).toEqual({ date: '2026-11-25', n: 1 });
      app.clock.advance(day);
      const res = await app.post('/api/signatures/withdraw', { token: later.withdraw });
      expect(res.status).toBe(200);
      expect((await stats(app)).daily.at(-1)).toEqual({ date: '2026-11-24', n: 2 });
    });
  });

  it('answers 404 for a letter that does not exist', async () => {
    const app = await testApp();
    const res = await app.get('/api/letters/no-such-letter/stats');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
