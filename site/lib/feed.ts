import type { Lang } from './format.ts';
import { xml, xmlResponse } from './xml.ts';

export type FeedItem = {
  title: string;
  /** Absolute. */
  link: string;
  /** Never changes for the same post, update, delivery or reply, so a reader shows each once. */
  guid: string;
  published: Date;
  /** Plain text; a reader shows it as it is. */
  description: string;
};

export type Feed = { title: string; description: string; lang: Lang; link: string; self: string; items: FeedItem[] };

const item = (i: FeedItem) =>
  [
    '<item>',
    `<title>${xml(i.title)}</title>`,
    `<link>${xml(i.link)}</link>`,
    `<guid isPermaLink="false">${xml(i.guid)}</guid>`,
    `<pubDate>${i.published.toUTCString()}</pubDate>`,
    `<description>${xml(i.description)}</description>`,
    '</item>',
  ].join('');

/** RSS 2.0 with its own address (`atom:link rel="self"`), as validators and readers expect. */
export function rssResponse(feed: Feed): Response {
  const newest = feed.items[0]?.published;
  const body = [
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xml(feed.title)}</title>`,
    `<link>${xml(feed.link)}</link>`,
    `<description>${xml(feed.description)}</description>`,
    `<language>${feed.lang === 'cy' ? 'cy' : 'en-GB'}</language>`,
    `<atom:link href="${xml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    ...feed.items.map(item),
    '</channel>',
    '</rss>',
  ].join('\n');
  return xmlResponse(body, 'application/rss+xml');
}
