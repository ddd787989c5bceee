import { z } from 'zod';

/** Frontmatter of content/letters/<slug>.md and <slug>.cy.md: shared by Astro's collection and the API. */
export const letterFrontmatterSchema = z.object({
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(400),
  recipient: z.string().min(1).max(200),
  opens: z.coerce.date(),
  closes: z.coerce.date().optional(),
  asks: z.array(z.string().min(1)).min(1),
  goal: z.number().int().positive().optional(),
  /** Who journalists call about the letter: shown on its media page. The same in both languages. */
  press: z
    .strictObject({
      name: z.string().min(1).max(200),
      email: z.email().max(254),
      phone: z.string().regex(/^\+?[0-9 ()-]{6,30}$/).optional(),
    })
    .optional(),
  /** Months after it closes that its signers' email and client addresses are kept (api/retention/retention.policy.ts); the default when absent. */
  retention_months: z.number().int().min(1).max(120).optional(),
});
export type LetterFrontmatter = z.infer<typeof letterFrontmatterSchema>;

/** A name in an address: an author's file, a category or a tag (lower-case words joined by hyphens). */
export const contentSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters and digits, words joined by hyphens');

/** Frontmatter of content/posts/<slug>.md. Which authors, categories and tags exist is checked at build (api/blog/blog.schema.ts). */
export const postFrontmatterSchema = z.object({
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(400),
  published: z.coerce.date(),
  /** content/authors/<author>.md */
  author: contentSlug,
  /** Keys of content/categories.yaml, the post's main one first. */
  categories: z.array(contentSlug).default([]),
  /** Keys of content/tags.yaml. */
  tags: z.array(contentSlug).default([]),
  letter: z.string().optional(),
  /**
   * Readers' comments: `open`, `closed`, or a date they close on; absent, COMMENTS_OPEN_DAYS after
   * `published` (api/comments/comment.rules.ts). `members`: only signed-in members of the network
   * comment, and the post closes as one that does not say (COMMENTS_OPEN_DAYS after `published`);
   * `{ only: members, close: open | closed | <date> }`: members only, closing as `close` says.
   */
  comments: z
    .union([
      z.enum(['open', 'closed', 'members']),
      z.coerce.date(),
      z.strictObject({ only: z.literal('members'), close: z.union([z.enum(['open', 'closed']), z.coerce.date()]).optional() }),
    ])
    .optional(),
});
export type PostFrontmatter = z.infer<typeof postFrontmatterSchema>;

export const letterStatuses = ['upcoming', 'open', 'closed'] as const;
export type LetterStatus = (typeof letterStatuses)[number];

const count = z.number().int().min(0);

/** Verified signatures only: a pending or withdrawn one never counts. */
export const countsSchema = z.strictObject({
  total: count,
  individuals: count,
  organisations: count,
  by_country: z.record(z.string(), count).meta({ description: 'Counted signatures by country code (`GB-WLS`, `US` …).' }),
});

/** `GET /api/letters/:slug`: the letter as the API answers it (the contract's shape, so a test parses real answers with it). */
export const letterSummarySchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  recipient: z.string(),
  status: z.enum(letterStatuses),
  opens: z.iso.date(),
  closes: z.iso.date().nullable(),
  goal: z.number().int().positive().nullable(),
  counts: countsSchema,
  as_of: z.iso.datetime(),
  closed_early: z.boolean().meta({ description: 'A campaigner closed signing before `closes` (the status is then `closed`).' }),
  closed_at: z.iso.datetime().nullable().meta({ description: 'When signing was closed early, else null.' }),
});
export type LetterSummary = z.infer<typeof letterSummarySchema>;

/** `GET /api/letters`: every letter, open ones first. */
export const letterListSchema = z.strictObject({
  letters: z.array(letterSummarySchema.pick({ slug: true, title: true, status: true, counts: true })),
});
