import { z } from 'zod';
import { postFrontmatterSchema } from '../letters/letter.schema.ts';

/** Frontmatter of content/authors/<slug>.md (+ `.cy.md`); the body is the short biography that closes their posts. */
export const authorFrontmatterSchema = z.object({
  name: z.string().min(1).max(200),
  /** What they do in the campaign, e.g. "Press contact". */
  role: z.string().min(1).max(200).optional(),
});
export type AuthorFrontmatter = z.infer<typeof authorFrontmatterSchema>;

/** One entry of content/categories.yaml or content/tags.yaml: its name in each language (the key is its slug). */
export const blogTermSchema = z.strictObject({
  en: z.string().min(1).max(80),
  cy: z.string().min(1).max(80),
});
export type BlogTerm = z.infer<typeof blogTermSchema>;

/** The authors, categories and tags that exist, by slug. */
export type BlogNames = { authors: readonly string[]; categories: readonly string[]; tags: readonly string[] };

const where = {
  author: (slug: string) => `content/authors/${slug}.md`,
  category: () => 'content/categories.yaml',
  tag: () => 'content/tags.yaml',
};

/**
 * A post's frontmatter, refused when it names an author, category or tag that does not exist:
 * a typo would otherwise make an empty page or a post missing from its category, silently.
 * The message names the file to add and the names there are, so the campaigner can fix it.
 */
export function blogPostSchema(known: BlogNames) {
  return postFrontmatterSchema.superRefine((post, ctx) => {
    const check = (kind: keyof typeof where, slug: string, names: readonly string[], path: (string | number)[]) => {
      if (names.includes(slug)) return;
      const choices = names.length > 0 ? names.join(', ') : 'none yet';
      ctx.addIssue({ code: 'custom', path, message: `unknown ${kind} "${slug}": add it to ${where[kind](slug)} or use one that exists (${choices})` });
    };
    check('author', post.author, known.authors, ['author']);
    post.categories.forEach((slug, i) => check('category', slug, known.categories, ['categories', i]));
    post.tags.forEach((slug, i) => check('tag', slug, known.tags, ['tags', i]));
  });
}
