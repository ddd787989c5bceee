import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { Locale } from '../signatures/signature.table.ts';
import { type LetterFrontmatter, letterFrontmatterSchema } from './letter.schema.ts';

/** One letter in one or two languages: `<slug>.md` and `<slug>.cy.md` share a count and a list. */
export type Letter = LetterFrontmatter & {
  slug: string;
  translations: Partial<Record<Locale, LetterFrontmatter>>;
};

export type LetterCatalogue = {
  get(slug: string): Letter | undefined;
  list(): Letter[];
};

export function catalogueOf(letters: Letter[]): LetterCatalogue {
  const bySlug = new Map(letters.map((l) => [l.slug, l]));
  const sorted = [...letters].sort((a, b) => b.opens.getTime() - a.opens.getTime());
  return { get: (slug) => bySlug.get(slug), list: () => sorted };
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Reads the letters' frontmatter with the same schema as Astro's collection, so the
 * services (and the command-line tools, which run outside Astro) know every letter.
 * A bad file stops the start with its name, as bad configuration does.
 */
export function loadLetterCatalogue(rootDir: string): LetterCatalogue {
  const dir = path.join(rootDir, 'content', 'letters');
  const bySlug = new Map<string, Partial<Record<Locale, LetterFrontmatter>>>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const [, slug, cy] = /^(.+?)(\.cy)?\.md$/.exec(file) ?? [];
    const match = frontmatter.exec(fs.readFileSync(path.join(dir, file), 'utf8'));
    const parsed = letterFrontmatterSchema.safeParse(match ? parseYaml(match[1] ?? '') : undefined);
    if (!slug || !parsed.success) {
      throw new Error(`content/letters/${file}: bad frontmatter ${parsed.error?.message ?? ''}`);
    }
    const entry = bySlug.get(slug) ?? {};
    entry[cy ? 'cy' : 'en'] = parsed.data;
    bySlug.set(slug, entry);
  }
  return catalogueOf(
    [...bySlug].map(([slug, translations]) => {
      const main = translations.en ?? translations.cy;
      if (!main) throw new Error(`content/letters/${slug}: no text`);
      return { ...main, slug, translations };
    }),
  );
}
