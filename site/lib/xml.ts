import { publicCacheControl } from '../../api/http/cache.ts';

/** Characters XML 1.0 cannot hold at all, escaped or not: dropped, so a feed always parses. */
const notXml = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any text (a post's title, an update a campaigner typed, a reply's sender) as XML text or attribute value. */
export const xml = (text: string) =>
  text.replace(notXml, '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

/** Feeds and the sitemap change as the letters do: cached as briefly as the API's public reads. */
export const xmlResponse = (body: string, type: string) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
    headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': publicCacheControl },
  });
