import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locale.ts';
import { frontmatterOf } from '../letters/letter.catalogue.ts';
import { type PostFrontmatter, postFrontmatterSchema } from '../letters/letter.schema.ts';

/**
 * The blog's posts as the API knows them (content/posts/<slug>.md and .cy.md), read with the
 * same schema as Astro's collection: a comment is taken only on a post that exists, while it is
 * open. Read once per folder: posts change with a deploy, which restarts the server.
 */
export type Post = PostFrontmatter & { slug: string; translations: Partial<Record<Locale, PostFrontmatter>> };

const read = new Map<string, Map<string, Post>>();

function load(rootDir: string): Map<string, Post> {
  const dir = path.join(rootDir, 'content', 'posts');
  const bySlug = new Map<string, Partial<Record<Locale, PostFrontmatter>>>();
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []) {
    const [, slug, cy] = /^(.+?)(\.cy)?\.md$/.exec(file) ?? [];
    const parsed = postFrontmatterSchema.safeParse(frontmatterOf(fs.readFileSync(path.join(dir, file), 'utf8')));
    if (!slug || !parsed.success) throw new Error(`content/posts/${file}: bad frontmatter ${parsed.error?.message ?? ''}`);
    bySlug.set(slug, { ...bySlug.get(slug), [cy ? 'cy' : 'en']: parsed.data });
  }
  return new Map(
    [...bySlug].flatMap(([slug, translations]) => {
      const main = translations.en ?? translations.cy;
      return main ? [[slug, { ...main, slug, translations }] as const] : [];
    }),
  );
}

export function findPost(slug: string, rootDir = process.cwd()): Post | undefined {
  let posts = read.get(rootDir);
  if (!posts) read.set(rootDir, (posts = load(rootDir)));
  return posts.get(slug);
}

export function allPosts(rootDir = process.cwd()): Post[] {
  findPost('', rootDir);
  return [...(read.get(rootDir)?.values() ?? [])];
}
