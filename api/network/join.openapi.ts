import { body, cacheable, errors, json, type Paths } from '../openapi/describe.ts';
import { currentConsentVersion, currentNoticeVersion } from '../privacy/privacy.versions.ts';
import { pendingSchema, tokenInputSchema } from '../signatures/signature.schema.ts';
import { memberConfirmedSchema, memberInputSchema, networkCountsSchema } from './member.schema.ts';
import { currentPrinciplesVersion } from './principles.ts';

export const networkJoinPaths: Paths = {
  '/api/network': {
    get: {
      operationId: 'networkCounts',
      summary: "How many belong to the practitioners' network: its active members, by kind",
      tags: ['network'],
      responses: cacheable({ 200: json('The counts.', networkCountsSchema, { members: 42, individuals: 30, organisations: 12 }) }),
    },
  },
  '/api/network/members': {
    post: {
      operationId: 'joinNetwork',
      summary: 'Apply to join the network',
      description:
        'The applicant is mailed a link to confirm; a network coordinator then decides. The answer is the same whether the address is new, ' +
        'waiting or already a member. `shown` lists what the directory may show; nothing is shown unless listed.',
      tags: ['network'],
      requestBody: body(memberInputSchema, {
        name: 'Siân Jones',
        email: 'sian@example.org',
        kind: 'individual',
        role: 'Community development worker',
        area: 'W06000015',
        practices: ['community-development', 'housing'],
        profile: 'I support tenants to co-design housing services.',
        shown: ['name', 'area', 'practice'],
        principles: true,
        principles_version: currentPrinciplesVersion,
        consent: true,
        consent_version: currentConsentVersion,
        notice_version: currentNoticeVersion,
      }),
      responses: { 202: json('Accepted: a mail to confirm is on its way.', pendingSchema, { status: 'pending' }), ...errors(415, 422, 503) },
    },
  },
  '/api/network/members/confirm': {
    post: {
      operationId: 'confirmMembership',
      summary: "Confirm an application to join with its mailed link's token",
      tags: ['network'],
      requestBody: body(tokenInputSchema, { token: 'mEr1i6Ng3x7qQ9dZcT2sVw8yKpLhJfNbRuAaXoYeGiU' }),
      responses: { 200: json('Confirmed: waiting for a coordinator.', memberConfirmedSchema, { status: 'awaiting_approval' }), ...errors(404, 409, 410, 422, 503) },
    },
  },
};
