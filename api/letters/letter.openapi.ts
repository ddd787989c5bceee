import { cacheable, errors, json, slugParameter, type Paths } from '../openapi/describe.ts';
import { letterListSchema, letterSummarySchema } from './letter.schema.ts';

const counts = { total: 1234, individuals: 1200, organisations: 34, by_country: { 'GB-WLS': 1100, 'GB-ENG': 120, US: 14 } };

export const letterPaths: Paths = {
  '/api/letters': {
    get: {
      operationId: 'listLetters',
      summary: 'Every letter, open ones first',
      tags: ['letters'],
      responses: cacheable({
        200: json('The letters, each with its status and counts.', letterListSchema, {
          letters: [{ slug: 'make-co-production-count', title: 'Make co-production count in Wales', status: 'open', counts }],
        }),
      }),
    },
  },
  '/api/letters/{slug}': {
    get: {
      operationId: 'getLetter',
      summary: 'One letter: its status, dates, goal and counts',
      description: 'Counts are of verified signatures only. `as_of` is when they were read.',
      tags: ['letters'],
      parameters: [slugParameter],
      responses: cacheable({
        200: json('The letter.', letterSummarySchema, {
          slug: 'make-co-production-count',
          title: 'Make co-production count in Wales',
          recipient: 'The First Minister of Wales',
          status: 'open',
          opens: '2026-11-01',
          closes: '2027-01-31',
          goal: 5000,
          counts,
          as_of: '2026-11-22T10:00:00.000Z',
          closed_early: false,
          closed_at: null,
        }),
        ...errors(404),
      }),
    },
  },
};
