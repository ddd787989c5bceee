import type { APIRoute } from 'astro';
import { rssResponse } from '../../../lib/feed.ts';
import { localised } from '../../../lib/locale.ts';
import { messagesFor } from '../../../lib/messages.ts';
import { allPublications } from '../../../lib/publications.ts';

/** New publications as RSS 2.0: `/publications/rss.xml`, and `/cy/publications/rss.xml` with each in Welsh where it has been written in it. */
export const GET: APIRoute = async ({ locals }) => {
  const { lang } = locals;
  const t = messagesFor(lang).publications;
  const absolute = (path: string) => new URL(localised(path, lang), locals.runtime.config.publicOrigin).href;
  return rssResponse({
    title: t.feedTitle,
    description: t.description,
    lang,
    link: absolute('/publications'),
    self: absolute('/publications/rss.xml'),
    items: (await allPublications(lang)).map((p) => ({
      title: p.value.data.title,
      link: absolute(`/publications/${p.slug}`),
      guid: absolute(`/publications/${p.slug}`),
      published: p.value.data.date,
      description: p.value.data.summary,
    })),
  });
};
