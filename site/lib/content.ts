import { type CollectionEntry, getCollection, getEntry } from 'astro:content';

/**
 * The Markdown behind letters and posts. The glob loader names `x.cy.md` as a separate
 * entry; the English pages leave the Welsh ones out until the Welsh pages arrive.
 */
const isWelsh = (entry: { filePath?: string | undefined }) => entry.filePath?.endsWith('.cy.md') ?? false;

export async function letterEntry(slug: string): Promise<CollectionEntry<'letters'> | undefined> {
  const entry = await getEntry('letters', slug);
  return entry && !isWelsh(entry) ? entry : undefined;
}

/** Posts, newest first. */
export async function allPosts(): Promise<CollectionEntry<'posts'>[]> {
  const posts = await getCollection('posts', (p) => !isWelsh(p));
  return posts.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

export async function postEntry(slug: string): Promise<CollectionEntry<'posts'> | undefined> {
  const entry = await getEntry('posts', slug);
  return entry && !isWelsh(entry) ? entry : undefined;
}
