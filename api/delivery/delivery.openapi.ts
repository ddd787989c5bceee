import { errors, file, pathParameter, slugParameter, type Paths } from '../openapi/describe.ts';

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
};
