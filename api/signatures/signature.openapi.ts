import { body, errors, json, slugParameter, type Paths } from '../openapi/describe.ts';
import { currentConsentVersion, currentNoticeVersion } from '../privacy/privacy.versions.ts';
import { pendingSchema, signatureInputSchema, signatureOutcomeSchema, tokenInputSchema } from './signature.schema.ts';

const token = { token: 'mEr1i6Ng3x7qQ9dZcT2sVw8yKpLhJfNbRuAaXoYeGiU' };

const tokenOperation = (operationId: string, summary: string, status: 'verified' | 'withdrawn') => ({
  operationId,
  summary,
  description: 'The token is the last part of the link mailed to the signer. Single use, valid 7 days.',
  tags: ['signing'],
  requestBody: body(tokenInputSchema, token),
  responses: {
    200: json('Done.', signatureOutcomeSchema, { status, letter: 'make-co-production-count' }),
    ...errors(404, 409, 410, 422, ...(status === 'verified' ? [503] : [])),
  },
});

export const signaturePaths: Paths = {
  '/api/letters/{slug}/signatures': {
    post: {
      operationId: 'signLetter',
      summary: 'Sign a letter',
      description:
        'The signer is mailed a link to confirm; nothing counts until they do. Signing again with the same address answers the same. ' +
        'An organisation may send its logo as the file field `logo` of a multipart body (PNG, JPEG or WebP, at most 1 MB).',
      tags: ['signing'],
      parameters: [slugParameter],
      requestBody: body(signatureInputSchema, {
        name: 'Siân Ŵyn Roberts',
        email: 'sian@example.cymru',
        country: 'GB-WLS',
        area: 'W06000008',
        show_name: true,
        updates: false,
        consent: true,
        consent_version: currentConsentVersion,
        notice_version: currentNoticeVersion,
      }),
      responses: { 202: json('Accepted: a mail to confirm is on its way.', pendingSchema, { status: 'pending' }), ...errors(404, 409, 413, 415, 422, 503) },
    },
  },
  '/api/signatures/confirm': { post: tokenOperation('confirmSignature', "Confirm a signature with its mailed link's token", 'verified') },
  '/api/signatures/withdraw': { post: tokenOperation('withdrawSignature', "Withdraw a signature with its mailed link's token", 'withdrawn') },
};
