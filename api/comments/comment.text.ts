import { paragraphs } from '../updates/update.schema.ts';

/**
 * A comment is plain text. What a reader's words hold that looks like a link is found here, by
 * one rule, both for the hold rule ("two or more links wait for a campaigner") and for the page,
 * which shows a link live (and `rel="nofollow ugc"`) only once a campaigner approved the comment.
 */
const linkPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'’”]/giu;

/** Every link-like run of the text, in order. */
export function linksIn(text: string): string[] {
  return text.match(linkPattern) ?? [];
}

export type TextPart = { text: string; href?: string };

/** A paragraph cut into plain text and links; a link's `href` is always http(s). */
export function partsOf(paragraph: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of paragraph.matchAll(linkPattern)) {
    if (m.index > at) parts.push({ text: paragraph.slice(at, m.index) });
    const href = m[0].toLowerCase().startsWith('www.') ? `https://${m[0]}` : m[0];
    parts.push({ text: m[0], href });
    at = m.index + m[0].length;
  }
  if (at < paragraph.length) parts.push({ text: paragraph.slice(at) });
  return parts;
}

/** The comment's paragraphs, each cut into text and links. */
export const commentParagraphs = (body: string): TextPart[][] => paragraphs(body).map(partsOf);
