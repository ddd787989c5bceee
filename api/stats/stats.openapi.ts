import { cacheable, errors, json, slugParameter, type Paths } from '../openapi/describe.ts';
import { letterStatsSchema } from './stats.schema.ts';

export const statsPaths: Paths = {
  '/api/letters/{slug}/stats': {
    get: {
      operationId: 'getLetterStats',
      summary: "The letter's figures: counts, breakdowns and signatures per day",
      description:
        'Verified, visible signatures only, read from running totals (never a count of rows). A breakdown leaves out keys with no signature; ' +
        '`daily` has every day (in Wales) from the first counted signature to the last, 0 where nobody signed.',
      tags: ['letters'],
      parameters: [slugParameter],
      responses: cacheable({
        200: json('The figures.', letterStatsSchema, {
          slug: 'make-co-production-count',
          as_of: '2026-11-22T10:00:00.000Z',
          counts: { total: 5, individuals: 4, organisations: 1, countries: 2 },
          by_kind: { individual: 4, organisation: 1 },
          by_organisation_type: { third_sector: 1 },
          by_country: { 'GB-WLS': 4, IE: 1 },
          by_area: { W06000015: 2, W06000008: 1 },
          daily: [
            { date: '2026-11-20', n: 3 },
            { date: '2026-11-21', n: 0 },
            { date: '2026-11-22', n: 2 },
          ],
        }),
        ...errors(404),
      }),
    },
  },
};
