import { body, cacheable, errors, json, pathParameter, type Paths } from '../openapi/describe.ts';
import { currentConsentVersion, currentNoticeVersion } from '../privacy/privacy.versions.ts';
import { commentInputSchema, commentSentSchema, postWithCommentsSchema } from './comment.schema.ts';

const postSlug = pathParameter('post', "The post's slug, as in its address (`why-we-are-writing-again`).");

export const commentPaths: Paths = {
  '/api/posts/{post}': {
    get: {
      operationId: 'getPost',
      summary: "A blog post's metadata and its published comments, oldest first",
      description: 'Never an email address. A comment waiting for a campaigner, or hidden after reports, is not listed.',
      tags: ['posts'],
      parameters: [postSlug],
      responses: cacheable({
        200: json('The post, in the language of Accept-Language where it has one.', postWithCommentsSchema, {
          slug: 'why-we-are-writing-again',
          title: 'Why we are writing to the First Minister again',
          summary: 'Our first open letter was signed by about 250 organisations and individuals in Wales.',
          author: 'The campaign team',
          published: '2026-10-01',
          comments_open: true,
          comments_close_at: '2026-11-30T00:00:00.000Z',
          comments: [{ id: 4, parent: null, name: 'Siân', lang: 'cy', body: 'Diolch am hyn.\n\nDaliwch ati!', published_at: '2026-10-02T09:30:00.000Z' }],
        }),
        ...errors(404),
      }),
    },
  },
  '/api/posts/{post}/comments': {
    post: {
      operationId: 'sendComment',
      summary: 'Comment on a blog post, or reply to a comment',
      description:
        'JSON or a form. A new address is mailed a link to confirm it, once; a first comment then waits for a campaigner, and later ones appear at once ' +
        'unless a rule holds them (two or more links, a word on the hold list, more than a few an hour). A blocked address is refused (`403 commenter_blocked`); ' +
        'a closed post answers `409 comments_closed`; a post only members comment on (`comments: members`) refuses anyone not signed in as a member of the network (`403 members_only`), and a signed-in member sends neither `name` nor `email`. The answer sets a short-lived cookie so this browser sees its own comment while it waits.',
      tags: ['posts'],
      parameters: [postSlug],
      requestBody: body(commentInputSchema, {
        name: 'Siân',
        email: 'sian@example.org',
        body: 'Diolch am hyn.\n\nDaliwch ati!',
        lang: 'cy',
        consent: true,
        consent_version: currentConsentVersion,
        notice_version: currentNoticeVersion,
      }),
      responses: { 202: json('Kept: what happens next.', commentSentSchema, { status: 'unconfirmed', id: 12 }), ...errors(403, 404, 409, 415, 422, 503) },
    },
  },
};
