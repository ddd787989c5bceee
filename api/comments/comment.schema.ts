import { z } from 'zod';
import { blankToUndefined, consent, email, key, name, paragraphsText } from '../forms/fields.ts';
import { locales } from '../i18n/locale.ts';
import { consentFields } from '../privacy/consent.schema.ts';

/**
 * The one description of a reader's comment as sent: the post page's form, `POST
 * /api/posts/:slug/comments` and the service all parse with it. No Node imports.
 */
export const commentBodyMax = 5_000;

export const commentBody = paragraphsText('commentBody', commentBodyMax);

export const commentInputSchema = z.object({
  name,
  email,
  body: commentBody,
  lang: z.preprocess(blankToUndefined, z.enum(locales, { error: key('commentLang.choose') }).optional()).meta({
    description: 'The language the comment is written in; absent: the language of Accept-Language.',
  }),
  parent: z
    .preprocess(blankToUndefined, z.coerce.number({ error: key('parent.unknown') }).int(key('parent.unknown')).positive(key('parent.unknown')).optional())
    .meta({ description: 'The `id` of the comment this one answers; replies go three deep at most.' }),
  consent: consent(),
  ...consentFields,
});
export type CommentInput = z.infer<typeof commentInputSchema>;

/**
 * A signed-in member's comment: no name or address asked. The address is the member's own,
 * confirmed when they joined; the name is the one in their profile, so the "Member" tag never
 * stands beside a name they made up for the occasion.
 */
export const memberCommentInputSchema = commentInputSchema.omit({ name: true, email: true });
export type MemberCommentInput = z.infer<typeof memberCommentInputSchema>;

/** An author's edit within the window: the words only. */
export const commentEditSchema = z.object({ body: commentBody });

/** A comment as anyone may read it: never an email address, a client address or a token. */
export const publicCommentSchema = z.strictObject({
  id: z.number().int().positive(),
  parent: z.number().int().positive().nullable(),
  name: z.string(),
  lang: z.enum(locales),
  body: z.string().meta({ description: 'Plain text; paragraphs are separated by a blank line.' }),
  published_at: z.iso.datetime(),
});
export type PublicComment = z.infer<typeof publicCommentSchema>;

/** `GET /api/posts/:slug`: the post's metadata and its published comments, oldest first. */
export const postWithCommentsSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  author: z.string(),
  published: z.iso.date(),
  comments_open: z.boolean(),
  comments_close_at: z.iso.datetime().nullable().meta({ description: 'When the post stops taking comments; null when it never does.' }),
  comments: z.array(publicCommentSchema),
});
export type PostWithComments = z.infer<typeof postWithCommentsSchema>;

/** `202` to a comment: what happens next (a mail to confirm; a campaigner; or published now). */
export const commentSentSchema = z.strictObject({
  status: z.enum(['unconfirmed', 'held', 'published']).meta({
    description: '`unconfirmed`: a mail to confirm the address is on its way. `held`: waiting for a campaigner. `published`: shown now.',
  }),
  id: z.number().int().positive(),
});
