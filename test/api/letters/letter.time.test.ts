import { describe, expect, it } from 'vitest';
import { letterStatus, startOfCampaignDay } from '../../../api/letters/letter.time.ts';
import { aSigner, closedLetter, openLetter, testApp } from '../../helpers/app.ts';

/** Signs at a moment; returns the status code and the letter's status then. */
async function signAt(slug: string, now: string) {
  const app = await testApp({ now });
  const res = await app.post(`/api/letters/${slug}/signatures`, aSigner());
  const body = await res.json();
  const { status } = await (await app.get(`/api/letters/${slug}`)).json();
  return { code: res.status, body, status, stored: await app.rowCount('signatures') };
}

describe('POST /api/letters/:slug/signatures', () => {
  describe('when the letter has closed', () => {
    it('answers 409 letter_closed and stores nothing', async () => {
      const r = await signAt(closedLetter, '2026-11-22T10:00:00Z');
      expect(r.code).toBe(409);
      expect(r.body.error.code).toBe('letter_closed');
      expect(r.status).toBe('closed');
      expect(r.stored).toBe(0);
    });
  });

  describe('when the letter has not opened yet', () => {
    it('answers 409 letter_closed', async () => {
      const r = await signAt(openLetter, '2026-09-01T12:00:00Z');
      expect([r.code, r.body.error.code, r.status, r.stored]).toEqual([409, 'letter_closed', 'upcoming', 0]);
    });
  });

  describe('at the edges of the signing window (Europe/London)', () => {
    // make-co-production-count: opens 2026-10-01 (BST, UTC+1), closes 2027-01-31 (GMT).
    it.each([
      [openLetter, '2026-09-30T22:59:59.999Z', 409, 'upcoming'],
      [openLetter, '2026-09-30T23:00:00.000Z', 202, 'open'],
      [openLetter, '2027-01-31T23:59:59.999Z', 202, 'open'],
      [openLetter, '2027-02-01T00:00:00.000Z', 409, 'closed'],
      // co-production-at-the-heart: opens 2025-03-03 (GMT), closes 2025-06-30 (BST).
      [closedLetter, '2025-03-02T23:59:59.999Z', 409, 'upcoming'],
      [closedLetter, '2025-03-03T00:00:00.000Z', 202, 'open'],
      [closedLetter, '2025-06-30T22:59:59.999Z', 202, 'open'],
      [closedLetter, '2025-06-30T23:00:00.000Z', 409, 'closed'],
    ])('%s at %s answers %i (%s)', async (slug, now, code, status) => {
      const r = await signAt(slug, now);
      expect([r.code, r.status]).toEqual([code, status]);
    });

    it('closes as the clock passes midnight in Wales', async () => {
      const app = await testApp({ now: '2027-01-31T23:59:59.000Z' });
      expect((await app.post(`/api/letters/${openLetter}/signatures`, aSigner())).status).toBe(202);
      app.clock.advance(1000);
      expect((await app.post(`/api/letters/${openLetter}/signatures`, aSigner({ email: 'late@example.org' }))).status).toBe(409);
    });
  });
});

describe('letterStatus', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('starts a day at midnight in Wales on the days the clocks change', () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(startOfCampaignDay(day('2026-03-29')).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfCampaignDay(day('2026-03-30')).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(startOfCampaignDay(day('2026-10-25')).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(startOfCampaignDay(day('2026-10-26')).toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('keeps a letter with no closing date open', () => {
    expect(letterStatus({ opens: day('2020-01-01') }, new Date('2099-01-01T00:00:00Z'))).toBe('open');
  });

  it('is open all of a one-day letter’s day and no longer', () => {
    const oneDay = { opens: day('2026-07-01'), closes: day('2026-07-01') };
    expect(letterStatus(oneDay, new Date('2026-06-30T22:59:59.999Z'))).toBe('upcoming');
    expect(letterStatus(oneDay, new Date('2026-06-30T23:00:00.000Z'))).toBe('open');
    expect(letterStatus(oneDay, new Date('2026-07-01T22:59:59.999Z'))).toBe('open');
    expect(letterStatus(oneDay, new Date('2026-07-01T23:00:00.000Z'))).toBe('closed');
  });
});
