import { body, errors, json, pathParameter, type Paths } from '../openapi/describe.ts';
import { reportInputSchema, reportReceivedSchema } from './comment-report.schema.ts';

export const commentReportPaths: Paths = {
  '/api/comments/{id}/reports': {
    post: {
      operationId: 'reportComment',
      summary: 'Report a published comment to the campaigners',
      description:
        'The comment goes into the campaigners’ queue. Reports from the same address count once; once open reports from ' +
        '`COMMENT_REPORTS_TO_HIDE` different addresses stand (3 unless the site says otherwise), the comment is hidden until a campaigner decides. ' +
        'Only a published comment can be reported; any other id answers 404.',
      tags: ['comments'],
      parameters: [pathParameter('id', 'The comment’s `id`.')],
      requestBody: body(reportInputSchema, { reason: 'abusive', details: 'It names a private person and calls them names.' }),
      responses: { 202: json('Received.', reportReceivedSchema, { status: 'received' }), ...errors(404, 415, 422, 429, 503) },
    },
  },
};
