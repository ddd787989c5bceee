import { body, cacheable, errors, file, json, pathParameter, slugParameter, type Paths } from '../openapi/describe.ts';
import { currentConsentVersion, currentNoticeVersion } from '../privacy/privacy.versions.ts';
import { pendingSchema, tokenInputSchema } from '../signatures/signature.schema.ts';
import { supportConfirmedSchema, supportInputSchema, supportListSchema } from './support.schema.ts';

export const supportPaths: Paths = {
  '/api/letters/{slug}/support': {
    get: {
      operationId: 'listSupport',
      summary: "The letter's published letters of support, notable ones first",
      tags: ['support'],
      parameters: [slugParameter],
      responses: cacheable({
        200: json('Every published letter of support (no paging).', supportListSchema, {
          items: [
            {
              id: 3,
              author_name: 'Professor Jane Doe',
              role: 'Professor of Public Services',
              organisation: 'University of Somewhere',
              country: 'US',
              extract: 'Co-production works when it is funded.',
              body: 'To the First Minister,\n\nI write in support of this letter.',
              pdf_url: '/api/letters/make-co-production-count/support/3/letter.pdf',
              notable: true,
              published_at: '2026-11-22T10:00:00.000Z',
            },
          ],
        }),
        ...errors(404),
      }),
    },
    post: {
      operationId: 'sendSupport',
      summary: 'Send a letter of support',
      description:
        'The author is mailed a link to confirm; a campaigner then reads it before anything is published. ' +
        'A signed PDF may go as the file field `pdf` of a multipart body (at most 5 MB), never in JSON.',
      tags: ['support'],
      parameters: [slugParameter],
      requestBody: body(supportInputSchema, {
        author_name: 'Professor Jane Doe',
        role: 'Professor of Public Services',
        country: 'US',
        email: 'jane.doe@university.example',
        body: 'To the First Minister,\n\nI write in support of this letter.',
        extract: 'Co-production works when it is funded.',
        publish: 'full',
        consent: true,
        consent_version: currentConsentVersion,
        notice_version: currentNoticeVersion,
      }),
      responses: { 202: json('Accepted: a mail to confirm is on its way.', pendingSchema, { status: 'pending' }), ...errors(404, 409, 413, 415, 422, 503) },
    },
  },
  '/api/letters/{slug}/support/{id}/letter.pdf': {
    get: {
      operationId: 'getSupportPdf',
      summary: 'The PDF of a letter of support published in full',
      tags: ['support'],
      parameters: [slugParameter, pathParameter('id', 'The `id` of the letter of support.')],
      responses: { 200: file('The PDF, a download.', 'application/pdf'), ...errors(404) },
    },
  },
  '/api/support/confirm': {
    post: {
      operationId: 'confirmSupport',
      summary: "Confirm a letter of support with its mailed link's token",
      tags: ['support'],
      requestBody: body(tokenInputSchema, { token: 'mEr1i6Ng3x7qQ9dZcT2sVw8yKpLhJfNbRuAaXoYeGiU' }),
      responses: {
        200: json('Confirmed: waiting for a campaigner.', supportConfirmedSchema, { status: 'awaiting_approval', letter: 'make-co-production-count' }),
        ...errors(404, 409, 410, 422, 503),
      },
    },
  },
};
