import { errors, file, json, pathParameter, slugParameter, type Paths } from '../openapi/describe.ts';
import { snapshotViewSchema } from './snapshot.schema.ts';

const id = 'q3Rk8Zt0VYb2mX4nLw9cJA';
const origin = 'https://letters.example.org';
const example = {
  id,
  url: `${origin}/snapshots/${id}`,
  letter: 'make-co-production-count',
  created_at: '2026-11-22T10:00:00.000Z',
  counts: { total: 1204, individuals: 1187, organisations: 17, by_country: { 'GB-WLS': 1100, 'GB-ENG': 104 } },
  rows: 1204,
  sha256: '9f2c4e1b7a0d3f5e8c6b2a1d4e7f9c0b3a5d8e1f2c4b6a9d0e3f5a7c9b1d2e4f',
  csv_url: `${origin}/api/snapshots/${id}.csv`,
  original_sha256: null,
  amended_at: null,
};
const idParameter = pathParameter('id', 'The snapshot\'s id, as in its `url`.');

export const snapshotPaths: Paths = {
  '/api/letters/{slug}/snapshots': {
    post: {
      operationId: 'takeSnapshot',
      summary: "Freeze the letter's public list as it stands: a citable snapshot",
      description:
        'Anyone may. No body is read. `201` with a new snapshot, or `200` with the latest one when the list has not changed since it was taken ' +
        '(so asking again costs nothing), or when that one is younger than 6 ms for each of its rows (a long list is not written again and again). ' +
        '`Location` is the snapshot\'s `url`.',
      tags: ['snapshots'],
      parameters: [slugParameter],
      responses: {
        201: json('A new snapshot.', snapshotViewSchema, example),
        200: json('The latest snapshot: nothing changed since, or it is too recent to freeze a long list again.', snapshotViewSchema, example),
        ...errors(404),
      },
    },
  },
  '/api/snapshots/{id}': {
    get: {
      operationId: 'getSnapshot',
      summary: 'A snapshot: when it was taken, its counts and the SHA-256 of its CSV',
      tags: ['snapshots'],
      parameters: [idParameter],
      responses: { 200: json('The snapshot.', snapshotViewSchema, example), ...errors(404) },
    },
  },
  '/api/snapshots/{id}.csv': {
    get: {
      operationId: 'downloadSnapshot',
      summary: 'The CSV as it was frozen, whose SHA-256 the snapshot gives',
      description:
        'The same columns as `downloadSignatories`. `ETag` is the quoted SHA-256; `Cache-Control: public, max-age=86400` ' +
        '(a day, not for ever: a data request may take a name out, and the snapshot then says so).',
      tags: ['snapshots'],
      parameters: [idParameter],
      responses: { 200: file('The CSV, a download.', 'text/csv'), 304: { description: 'Not modified: the copy the client holds is current.' }, ...errors(404) },
    },
  },
};
