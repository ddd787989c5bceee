import { getCollection } from 'astro:content';
import { allPosts, type Versioned } from './content.ts';
import type { Lang } from './format.ts';

/**
 * The blog's categories and tags (content/categories.yaml, content/tags.yaml): each has a name
 * in both languages, and a page and a feed at `/blog/<kind>/<slug>`.
 */
export type TermKind = 'category' | 'tag';
const collectionOf = { category: 'categories', tag: 'tags' } as const;

export type Term = { kind: TermKind; slug: string; name: string; path: string };

export const termPath = (kind: TermKind, slug: string) => `/blog/${kind}/${slug}`;

/** Every category or tag, named in `lang`, in the alphabetical order of that language. */
export async function allTerms(kind: TermKind, lang: Lang): Promise<Term[]> {
  const terms = (await getCollection(collectionOf[kind])).map((entry) => ({ kind, slug: entry.id, name: entry.data[lang], path: termPath(kind, entry.id) }));
  return terms.sort((a, b) => a.name.localeCompare(b.name, lang));
}

export async function termOf(kind: TermKind, slug: string, lang: Lang): Promise<Term | undefined> {
  return (await allTerms(kind, lang)).find((t) => t.slug === slug);
}

/** The terms a post names, in the order it names them (the build has made sure each exists). */
export async function termsOfPost(post: Versioned<'posts'>, kind: TermKind, lang: Lang): Promise<Term[]> {
  const terms = await allTerms(kind, lang);
  const slugs = kind === 'category' ? post.value.data.categories : post.value.data.tags;
  return slugs.flatMap((slug) => terms.find((t) => t.slug === slug) ?? []);
}

/** The posts filed under a category or tag, newest first. */
export async function postsUnder(kind: TermKind, slug: string, lang: Lang): Promise<Versioned<'posts'>[]> {
  const posts = await allPosts(lang);
  return posts.filter((p) => (kind === 'category' ? p.value.data.categories : p.value.data.tags).includes(slug));
}

/** "Also in this category": other posts sharing one of this post's categories, newest first. */
export async function alsoInCategory(post: Versioned<'posts'>, lang: Lang, limit = 3): Promise<Versioned<'posts'>[]> {
  const mine = new Set(post.value.data.categories);
  const posts = await allPosts(lang);
  return posts.filter((p) => p.slug !== post.slug && p.value.data.categories.some((c) => mine.has(c))).slice(0, limit);
}
