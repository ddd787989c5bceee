import { errors, json, queryParameters, type Paths } from '../openapi/describe.ts';
import { oembedQuerySchema, oembedSchema } from './oembed.schema.ts';

const letter = 'https://letters.example.org/cy/letters/make-co-production-count';

export const oembedPaths: Paths = {
  '/api/oembed': {
    get: {
      operationId: 'oembed',
      summary: "oEmbed (oembed.com) for a letter's page: its widget as a rich embed",
      description: 'Public, with `Access-Control-Allow-Origin: *` and `Cache-Control: public, max-age=300`. The answer is in the language of the page asked about.',
      tags: ['embeds'],
      parameters: queryParameters(oembedQuerySchema, {
        url: 'A letter\'s page on this site: `/letters/:slug` or `/cy/letters/:slug` (or its `/media` page).',
        maxwidth: 'The widest the embed may be, in pixels.',
        maxheight: 'The tallest the embed may be, in pixels.',
        format: 'Only `json`; any other is `501`.',
      }),
      responses: {
        200: json('The rich embed.', oembedSchema, {
          version: '1.0',
          type: 'rich',
          provider_name: 'Llofnod',
          provider_url: 'https://letters.example.org/cy',
          title: 'Gwneud i gyd-gynhyrchu gyfrif yng Nghymru',
          html: `<iframe src="${letter}/embed" width="400" height="240" title="Y llythyr agored" style="border:0" loading="lazy"></iframe>`,
          width: 400,
          height: 240,
          thumbnail_url: `${letter}/share.png`,
          thumbnail_width: 1200,
          thumbnail_height: 630,
        }),
        ...errors(404, 501),
      },
    },
  },
};
