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
});
export type LetterFrontmatter = z.infer<typeof letterFrontmatterSchema>;

/** Frontmatter of content/posts/<slug>.md. */
export const postFrontmatterSchema = z.object({
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(400),
  published: z.coerce.date(),
  author: z.string().min(1).max(200),
  letter: z.string().optional(),
});
export type PostFrontmatter = z.infer<typeof postFrontmatterSchema>;

export const letterStatuses = ['upcoming', 'open', 'closed'] as const;
export type LetterStatus = (typeof letterStatuses)[number];
