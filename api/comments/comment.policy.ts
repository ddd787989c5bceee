import { holdWords } from './comment.hold-words.ts';

/**
 * How comments behave on this site (api/config.ts): how long a post takes comments when its
 * frontmatter does not say, the hold list with the campaign's own words, and the rate limit.
 */
export type CommentPolicy = { openDays: number; holdWords: readonly string[]; perHour: number };

export const defaultCommentPolicy: CommentPolicy = { openDays: 60, holdWords, perHour: 5 };

export const commentPolicyOf = (deps: { comments?: CommentPolicy }): CommentPolicy => deps.comments ?? defaultCommentPolicy;
