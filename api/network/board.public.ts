import { z } from 'zod';
import { locales } from '../i18n/locale.ts';
import type { Author, ReplyView, ThreadView } from './board.repository.ts';

/**
 * The board as its JSON API gives it to a signed-in member: what the pages show, no more. An
 * author is a name, or null ("Former member"); a hidden or removed post keeps its place and
 * state but not its words. No member ids, no addresses.
 */
const state = z.enum(['published', 'hidden', 'removed']);
const author = z.string().nullable();

export const boardThreadSummarySchema = z.object({ id: z.number().int(), title: z.string(), lang: z.enum(locales), author, created_at: z.string(), active_at: z.string(), replies: z.number().int() });
export const boardPageSchema = z.object({ items: z.array(boardThreadSummarySchema), next: z.string().nullable() });
const replySchema = z.object({ id: z.number().int(), state, body: z.string().nullable(), lang: z.enum(locales), author, created_at: z.string() });
export const boardThreadSchema = z.object({ id: z.number().int(), state, title: z.string().nullable(), body: z.string().nullable(), lang: z.enum(locales), author, created_at: z.string(), replies: z.array(replySchema) });
export const boardQuerySchema = z.object({
  after: z.string().optional().describe('The `next` of the page before.'),
});

const name = (a: Author) => a.name ?? null;
const shown = (state: string, words: string) => (state === 'published' ? words : null);

export const threadSummary = (t: ThreadView) => ({ id: t.id, title: t.title, lang: t.lang, author: name(t.author), created_at: t.created_at, active_at: t.active_at, replies: t.replies });

export const publicThread = (t: ThreadView, replies: ReplyView[]) => ({
  id: t.id,
  state: t.state,
  title: shown(t.state, t.title),
  body: shown(t.state, t.body),
  lang: t.lang,
  author: t.state === 'published' ? name(t.author) : null,
  created_at: t.created_at,
  replies: replies.map((r) => ({ id: r.id, state: r.state, body: shown(r.state, r.body), lang: r.lang, author: r.state === 'published' ? name(r.author) : null, created_at: r.created_at })),
});

/** `after` as the pages and the API write it: `<active_at>~<id>`. */
export function readAfter(after: string | null | undefined): { at: string; id: number } | undefined {
  const [at, id] = (after ?? '').split('~');
  return at && Number(id) > 0 ? { at, id: Number(id) } : undefined;
}
export const writeAfter = (next: { at: string; id: number } | undefined) => (next ? `${next.at}~${next.id}` : null);
