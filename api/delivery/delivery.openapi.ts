import { errors, file, pathParameter, queryParameters, slugParameter, type Paths } from '../openapi/describe.ts';
import { packQuerySchema } from './delivery.schema.ts';

export const deliveryPaths: Paths = {
  '/api/letters/{slug}/replies/{id}/reply.pdf': {
    get: {
      operationId: 'getReplyPdf',
      summary: "The PDF of the recipient's published reply, where there is one",
      tags: ['delivery'],
      parameters: [slugParameter, pathParameter('id', 'The reply, as linked from the letter page.')],
      responses: { 200: file('The PDF, a download.', 'application/pdf'), ...errors(404) },
    },
  },
  '/api/letters/{slug}/pack.pdf': {
    get: {
      operationId: 'getPublicPack',
      summary: 'The letter with its signatories and published letters of support, as a PDF to print',
      description:
        'The delivery pack as anyone may read it: the letter, its count, organisations by type, the names shown, and the letters of support their authors let be published ' +
        '(in full, or their extract). Remade at most once a minute; `Cache-Control: public, max-age=60`.',
      tags: ['delivery'],
      parameters: [slugParameter, ...queryParameters(packQuerySchema)],
      responses: { 200: file('The PDF, a download.', 'application/pdf'), ...errors(404) },
    },
  },
};
