import { termFeed } from '../../../../../lib/blog-feed.ts';

/** A category's posts as RSS 2.0, newest first. */
export const GET = termFeed('category');
