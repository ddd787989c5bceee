import { describe, expect, it } from 'vitest';
import { approveOrganisation, rejectOrganisation } from '../../../api/organisations/organisation.service.ts';
import { applyImport, importColumns, planImport } from '../../../api/import/import.service.ts';
import { aSigner, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, verifiedSignature } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';
import { countedDirectly, countersNow } from '../../helpers/counts.ts';
import { checkViolation } from '../../helpers/sql.ts';

/** A small seeded PRNG (mulberry32), so a failing mix can be replayed from its seed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const places = [
  { country: 'GB-WLS', area: 'W06000015' },
  { country: 'GB-WLS', area: 'W06000001' },
  { country: 'GB-WLS', area: undefined },
  { country: 'GB-ENG', area: undefined },
  { country: 'US', area: undefined },
  { country: 'AU', area: undefined },
];

/**
 * Signers 0–5 sign for organisations: 0–2 with a website at their email's domain (verified on
 * confirming), 3–5 with another (waiting for a campaigner). The rest sign as individuals.
 */
function signerKind(i: number) {
  if (i > 5) return { kind: 'individual' };
  const website = i < 3 ? 'https://www.example.org' : 'https://cyngor.example.com';
  const organisation_type = ['local_authority', 'third_sector', 'nhs'][i % 3];
  return { kind: 'organisation', organisation: `Cyngor Cymuned ${i}`, organisation_type, website };
}

describe('the counters', () => {
  it.each([1, 2, 3])('equal a direct count of public rows after a random mix of signs, confirms, approvals and withdrawals (seed %i)', async (seed) => {
    const app = await testApp();
    const rnd = random(seed);
    const emails = Array.from({ length: 12 }, (_, i) => `signer${i}@example.org`);
    const used = new Set<string>();
    const happened = new Set<string>();
    let days = 0;
    const tokens = (kind: 'confirm' | 'withdraw') =>
      app.smtp.inbox.flatMap((m) => (kind === 'confirm' && !m.text?.includes('/confirm/') ? [] : [tokenIn(m, kind)]));

    for (let step = 0; step < 80; step++) {
      const roll = rnd.next();
      if (roll < 0.45) {
        const email = rnd.pick(emails);
        const res = await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email, ...rnd.pick(places), ...signerKind(emails.indexOf(email)) }));
        expect(res.status).toBe(202);
      } else if (roll < 0.6) {
        await app.sendAllMail();
      } else if (roll < 0.68) {
        const waiting = await app.db
          .selectFrom('signatures')
          .select('id')
          .where('state', '=', 'verified')
          .where('authority', '=', 'awaiting_approval')
          .execute();
        if (waiting.length === 0) continue;
        const { id } = rnd.pick(waiting);
        if (rnd.next() < 0.7) await approveOrganisation(app, id, 'campaigner@llofnod.test');
        else await rejectOrganisation(app, id, 'campaigner@llofnod.test', 'Not this organisation');
      } else {
        const kind = roll < 0.85 ? 'confirm' : 'withdraw';
        const candidates = tokens(kind);
        if (candidates.length === 0) continue;
        const token = rnd.pick(candidates);
        const res = await app.post(`/api/signatures/${kind}`, { token });
        // A fresh token may still be refused (409): a withdrawal retires every link of its signature.
        if (used.has(token)) expect(res.status).toBe(409);
        else expect([200, 409]).toContain(res.status);
        used.add(token);
        if (res.status === 200) happened.add(kind);
      }
      // Hours at a time, so the mix crosses midnight in Wales: the day counters see several days.
      if (step % 4 === 0) app.clock.advance(5 * 60 * 60 * 1000);

      const direct = await countedDirectly(app);
      expect(await countersNow(app)).toEqual(direct);
      days = Math.max(days, Object.keys(direct.by_day).length);
    }

    const direct = await countedDirectly(app);
    const { by_area: _, by_organisation_type: _t, by_day: _d, ...published } = direct;
    expect((await (await app.get(`/api/letters/${openLetter}`)).json()).counts).toEqual(published);
    const list = await (await app.get(`/api/letters/${openLetter}/signatories?limit=200`)).json();
    expect(list.items).toHaveLength(direct.total);
    // The mix really did confirm and withdraw some (a withdrawn signer may have signed again since).
    expect([...happened].sort()).toEqual(['confirm', 'withdraw']);
    const states = await app.db.selectFrom('signatures').select('state').distinct().execute();
    expect(states.map((s) => s.state)).toContain('verified');
    const authorities = await app.db.selectFrom('signatures').select('authority').distinct().execute();
    // And some organisation became public, by its domain or a campaigner's approval.
    expect(authorities.some((a) => a.authority === 'domain_match' || a.authority === 'approved')).toBe(true);
    expect(direct.total).toBeGreaterThan(0);
    // At some point the counted signatures fell on more than one day, so the day counters were really tested.
    expect(days).toBeGreaterThan(1);
  });

  it('equal a direct count after a paper import: each row on the day it was signed, each organisation under its type', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'web@example.org', country: 'GB-WLS', area: 'W06000015' });
    const csv = [
      [...importColumns, 'organisation_type', 'website'].join(','),
      'Elin Prys,elin@example.org,individual,,,,GB-WLS,W06000015,2026-10-03,yes,,',
      'Cyngor Tref,clerc@tref.example,organisation,Cyngor Tref,,,GB-WLS,,2026-10-03,yes,local_authority,https://tref.example',
      'Elusen,post@elusen.example,organisation,Elusen,,,GB-WLS,,2026-10-05,yes,third_sector,https://elusen.example',
    ].join('\n');
    const plan = await planImport(app, openLetter, csv);
    expect(plan.errors).toEqual([]);
    await applyImport(app, plan, 'campaigner@llofnod.test');

    const counters = await countersNow(app);
    expect(counters).toEqual(await countedDirectly(app));
    expect(counters.by_day).toEqual({ '2026-10-03': 2, '2026-10-05': 1, '2026-11-22': 1 });
    expect(counters.by_organisation_type).toEqual({ local_authority: 1, third_sector: 1 });
  });

  it('never go below zero', async () => {
    const app = await testApp();
    await expect(
      app.db.insertInto('counters').values({ letter: openLetter, dimension: 'total', key: '', n: -1 }).execute(),
    ).rejects.toThrow(checkViolation);
  });
});
