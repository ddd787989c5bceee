import { type CollectionEntry, getCollection } from 'astro:content';
import type { Lang } from './format.ts';
import { type InLang, inLanguage } from './translation.ts';

/**
 * The Markdown behind letters and posts. `x.md` is English and `x.cy.md` Welsh: two versions
 * of one letter or post, found by file name (the glob loader gives each an id of its own).
 */
type Name = 'letters' | 'posts' | 'authors' | 'publications';
export type Versioned<N extends Name> = InLang<CollectionEntry<N>> & { slug: string };

const fileName = /([^/]+?)(\.cy)?\.md$/;

export async function versionsOf<N extends Name>(name: N): Promise<Map<string, Partial<Record<Lang, CollectionEntry<N>>>>> {
  const bySlug = new Map<string, Partial<Record<Lang, CollectionEntry<N>>>>();
  for (const entry of (await getCollection(name)) as CollectionEntry<N>[]) {
    const [, slug, cy] = fileName.exec(entry.filePath ?? '') ?? [];
    if (!slug) continue;
    bySlug.set(slug, { ...bySlug.get(slug), [cy ? 'cy' : 'en']: entry });
  }
  return bySlug;
}

async function versionIn<N extends Name>(name: N, slug: string, lang: Lang): Promise<Versioned<N> | undefined> {
  const chosen = inLanguage((await versionsOf(name)).get(slug) ?? {}, lang);
  return chosen && { ...chosen, slug };
}

export const letterEntry = (slug: string, lang: Lang) => versionIn('letters', slug, lang);

export const postEntry = (slug: string, lang: Lang) => versionIn('posts', slug, lang);

export const authorEntry = (slug: string, lang: Lang) => versionIn('authors', slug, lang);

/** Posts, newest first, each in the page's language where it has been written in it. */
export async function allPosts(lang: Lang): Promise<Versioned<'posts'>[]> {
  const posts = [...(await versionsOf('posts'))].flatMap(([slug, versions]) => {
    const chosen = inLanguage(versions, lang);
    return chosen ? [{ ...chosen, slug }] : [];
  });
  return posts.sort((a, b) => b.value.data.published.getTime() - a.value.data.published.getTime());
}
