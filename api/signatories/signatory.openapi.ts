import { cacheable, errors, file, json, pathParameter, queryParameters, slugParameter, type Paths } from '../openapi/describe.ts';
import { signatoryPageSchema, signatoryQuerySchema } from './signatory.schema.ts';

const query = queryParameters(signatoryQuerySchema, {
  cursor: 'The `next` of the page before.',
  limit: 'Rows per page: 50 unless given, at most 200 (more is capped).',
  kind: 'Only individuals, or only organisations.',
  order: '`organisations`: notable organisations first, then organisations by type, then individuals.',
  country: 'Only signers from this country code (`GB-WLS` …).',
  q: 'Search names, ignoring case and accents ("sian" finds "Siân").',
});

export const signatoryPaths: Paths = {
  '/api/letters/{slug}/signatories': {
    get: {
      operationId: 'listSignatories',
      summary: "A page of the letter's public list of signatories, newest first",
      description: 'Verified signatures only. Unknown filter values are ignored.',
      tags: ['signatories'],
      parameters: [slugParameter, ...query],
      responses: cacheable({
        200: json('A page, and the cursor of the next (null on the last).', signatoryPageSchema, {
          items: [
            {
              name: 'Siân Ŵyn Roberts',
              kind: 'individual',
              organisation: null,
              organisation_type: null,
              role: null,
              place: 'Aberystwyth',
              country: 'GB-WLS',
              signed_at: '2026-11-22T10:00:00.000Z',
              verified: false,
              website: null,
              logo_url: null,
              notable: false,
            },
          ],
          next: 'eyJhdCI6IjIwMjYtMTEtMjJUMTA6MDA6MDAuMDAwWiIsImlkIjo0Mn0',
        }),
        ...errors(404),
      }),
    },
  },
  '/api/letters/{slug}/signatories.csv': {
    get: {
      operationId: 'downloadSignatories',
      summary: 'The whole public list as CSV, with the same filters',
      description:
        'UTF-8 with a byte-order mark, `\\r\\n` line ends, columns `name,kind,organisation,role,place,country,signed_at,organisation_type,verified,website`. ' +
        'A cell that a spreadsheet would read as a formula starts with `\'`.',
      tags: ['signatories'],
      parameters: [slugParameter, ...query.filter((p) => p.name !== 'cursor' && p.name !== 'limit')],
      responses: cacheable({ 200: file('The list as CSV, a download.', 'text/csv'), ...errors(404) }),
    },
  },
  '/api/letters/{slug}/signatories/logos/{file}': {
    get: {
      operationId: 'getOrganisationLogo',
      summary: "An organisation's logo, at the `logo_url` of its row",
      tags: ['signatories'],
      parameters: [slugParameter, pathParameter('file', 'The file name in `logo_url`.')],
      responses: { 200: file('The logo, re-encoded by the server.', 'image/webp'), ...errors(404) },
    },
  },
};
