import type { APIRoute } from 'astro';
import { letterTimeline } from '../../../../../api/delivery/delivery.service.ts';
import { snapshotPath } from '../../../../../api/snapshots/snapshot.service.ts';
import { publishedUpdates, updateText } from '../../../../../api/updates/update.service.ts';
import { type FeedItem, rssResponse } from '../../../../lib/feed.ts';
import { formatDay } from '../../../../lib/format.ts';
import { localised } from '../../../../lib/locale.ts';
import { messagesFor } from '../../../../lib/messages.ts';
import { letterIn } from '../../../../lib/translation.ts';

/** A day with no time of its own (a delivery, a reply) as an instant: noon in Wales, never the day before in any reader. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * What has happened to one letter, as RSS 2.0, newest first: each update sent to its signers,
 * each delivery and each reply, in the page's language. `/letters/:slug/updates.xml`, `/cy/…`.
 */
export const GET: APIRoute = async (context) => {
  const { locals, params } = context;
  const { deps, config } = locals.runtime;
  const letter = deps.letters.get(params.slug ?? '');
  if (!letter) return context.rewrite('/404');
  const { lang } = locals;
  const t = messagesFor(lang);
  const page = `/letters/${letter.slug}`;
  const absolute = (path: string) => new URL(localised(path, lang), config.publicOrigin).href;
  // The same in both languages' feeds: it names the event, not the words about it.
  const guid = (fragment: string) => `${new URL(page, config.publicOrigin).href}#${fragment}`;

  const updates: FeedItem[] = (await publishedUpdates(deps.db, letter.slug)).map((u) => {
    const words = updateText(u, lang);
    return { title: words.title, link: `${absolute(page)}#updates`, guid: guid(`update-${u.id}`), published: new Date(u.sent_at ?? u.created_at), description: words.body };
  });
  const timeline: FeedItem[] = (await letterTimeline(deps, letter.slug)).flatMap((e): FeedItem[] => {
    const link = `${absolute(page)}#timeline-heading`;
    if (e.kind === 'delivered') {
      const title = t.timeline.delivered(formatDay(e.on, lang), t.timeline.methods[e.method], e.total);
      // A delivery links the list it carried, frozen: what a reader of the feed would cite.
      const list = e.snapshot ? absolute(snapshotPath(e.snapshot)) : undefined;
      return [{ title, link: list ?? link, guid: guid(`delivery-${e.id}`), published: noonOf(e.on), description: list ? `${title}\n\n${t.timeline.asDelivered}: ${list}` : title }];
    }
    if (e.kind === 'replied') {
      return [{ title: t.timeline.replied(formatDay(e.on, lang), e.reply.sender), link, guid: guid(`reply-${e.reply.id}`), published: noonOf(e.on), description: e.reply.body }];
    }
    return [];
  });
  const title = letterIn(letter, lang).value.title;
  return rssResponse({
    title: t.feeds.letterTitle(title),
    description: t.feeds.letterDescription(title),
    lang,
    link: absolute(page),
    self: absolute(`${page}/updates.xml`),
    items: [...updates, ...timeline].sort((a, b) => b.published.getTime() - a.published.getTime()),
  });
};
