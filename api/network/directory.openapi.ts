import { file, json, queryParameters, type Paths } from '../openapi/describe.ts';
import { directoryPageSchema, directoryQuerySchema } from './directory.schema.ts';

const query = queryParameters(directoryQuerySchema, {
  cursor: 'The `next` of the page before.',
  limit: 'Entries per page: 50 unless given, at most 200 (more is capped).',
  kind: 'Only individuals, or only organisations.',
  area: 'Only members who show this area (an ONS code, or `beyond`).',
  practice: 'Only members who show this area of practice (its code).',
  q: 'Search what members show, ignoring case and accents; a field a member hides is never searched.',
});

export const directoryPaths: Paths = {
  '/api/network/members': {
    get: {
      operationId: 'listNetworkMembers',
      summary: "A page of the practitioners' network directory",
      description:
        'Active members who answered the yearly question, each with only the fields they chose to show (every other field is null or empty); a member who shows nothing is counted on /network but not listed. Notable organisations first, then organisations, notable individuals and individuals, each A to Z. Unknown filter values are ignored. Never cached by a shared cache.',
      tags: ['network'],
      parameters: query,
      responses: {
        200: json('A page, and the cursor of the next (null on the last).', directoryPageSchema, {
          items: [
            {
              name: null,
              kind: 'organisation',
              organisation: 'Cymdeithas Tai Dyffryn',
              organisation_type: 'third_sector',
              role: null,
              area: 'W06000015',
              practices: ['housing', 'community-development'],
              profile: null,
              website: 'https://tai-dyffryn.example',
              verified: true,
              notable: false,
            },
          ],
          next: null,
        }),
      },
    },
  },
  '/api/network/members.csv': {
    get: {
      operationId: 'downloadNetworkMembers',
      summary: 'The whole directory as CSV, with the same filters',
      description:
        'UTF-8 with a byte-order mark, `\\r\\n` line ends, columns `name,kind,organisation,organisation_type,role,area,practices,profile,website,verified,notable` (`practices` joined by `;`); exactly what the JSON shows. ' +
        "A cell that a spreadsheet would read as a formula starts with `'`.",
      tags: ['network'],
      parameters: query.filter((p) => p.name !== 'cursor' && p.name !== 'limit'),
      responses: { 200: file('The directory as CSV, a download.', 'text/csv') },
    },
  },
};
