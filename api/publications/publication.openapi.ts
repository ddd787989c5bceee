import { errors, file, pathParameter, type Paths } from '../openapi/describe.ts';

export const publicationPaths: Paths = {
  '/api/publications/{file}.pdf': {
    get: {
      operationId: 'downloadPublication',
      summary: "A publication's PDF, as its page links to it",
      description:
        'The file as committed in `content/publications/`: `<slug>.pdf` (English) or `<slug>.cy.pdf` (Welsh). ' +
        '`Content-Disposition: attachment` with the file name; `Cache-Control: public, max-age=3600`; `ETag` and `Last-Modified`, so a client holding the current copy gets `304`.',
      tags: ['publications'],
      parameters: [pathParameter('file', 'The PDF\'s file name before `.pdf`, as the publication page links to it: `who-signed-the-first-letter` (English) or `who-signed-the-first-letter.cy` (Welsh).')],
      responses: { 200: file('The PDF, a download.', 'application/pdf'), 304: { description: 'Not modified: the copy the client holds is current.' }, ...errors(404) },
    },
  },
};
