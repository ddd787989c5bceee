import { termFeed } from '../../../../../lib/blog-feed.ts';

/** A tag's posts as RSS 2.0, newest first. */
export const GET = termFeed('tag');
