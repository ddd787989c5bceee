import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { Locale } from '../i18n/locale.ts';
import { type LetterFrontmatter, letterFrontmatterSchema } from './letter.schema.ts';
import { isoDay } from './letter.time.ts';

/** One letter in one or two languages: `<slug>.md` and `<slug>.cy.md` share a count and a list. */
export type Letter = LetterFrontmatter & {
  slug: string;
  translations: Partial<Record<Locale, LetterFrontmatter>>;
  /** The Markdown after the frontmatter, per language: what the delivery pack prints. */
  bodies: Partial<Record<Locale, string>>;
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

/** A letter's words (title, summary, recipient, asks) in a language, or in the one it has. */
export function letterText(letter: Letter, locale: Locale): LetterFrontmatter {
  return letter.translations[locale] ?? letter;
}

const frontmatterBlock = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The YAML between the `---` lines of a Markdown file, as data (undefined when there is none). */
export function frontmatterOf(markdown: string): unknown {
  const match = frontmatterBlock.exec(markdown);
  return match ? parseYaml(match[1] ?? '') : undefined;
}

/**
 * The two languages of a letter are one letter with one count: what decides when it is open,
 * how far it is from its goal and what it asks must not depend on the language read.
 */
function assertSameLetter(slug: string, en: LetterFrontmatter, cy: LetterFrontmatter): void {
  const facts = (l: LetterFrontmatter) => ({
    opens: isoDay(l.opens),
    closes: l.closes ? isoDay(l.closes) : 'none',
    goal: String(l.goal ?? 'none'),
    'number of asks': String(l.asks.length),
    'press contact': l.press ? [l.press.name, l.press.email, l.press.phone ?? ''].join(' / ') : 'none',
    // How long its signers' addresses are kept is one promise, whichever language they read it in.
    retention_months: String(l.retention_months ?? 'the default'),
  });
  const [english, welsh] = [facts(en), facts(cy)];
  const differences = Object.entries(welsh)
    .filter(([fact, value]) => english[fact as keyof typeof english] !== value)
    .map(([fact, value]) => `${fact} is ${value} but ${slug}.md says ${english[fact as keyof typeof english]}`);
  if (differences.length > 0) {
    throw new Error(
      `content/letters/${slug}.cy.md: ${differences.join('; ')}. The Welsh and English files are one letter: give them the same dates, goal, number of asks, press contact and retention_months.`,
    );
  }
}

/**
 * Reads the letters' frontmatter with the same schema as Astro's collection, so the
 * services (and the command-line tools, which run outside Astro) know every letter.
 * A bad file stops the start with its name, as bad configuration does.
 */
export function loadLetterCatalogue(rootDir: string): LetterCatalogue {
  const dir = path.join(rootDir, 'content', 'letters');
  const bySlug = new Map<string, Partial<Record<Locale, LetterFrontmatter>>>();
  const bodies = new Map<string, Partial<Record<Locale, string>>>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const [, slug, cy] = /^(.+?)(\.cy)?\.md$/.exec(file) ?? [];
    const markdown = fs.readFileSync(path.join(dir, file), 'utf8');
    const parsed = letterFrontmatterSchema.safeParse(frontmatterOf(markdown));
    if (!slug || !parsed.success) {
      throw new Error(`content/letters/${file}: bad frontmatter ${parsed.error?.message ?? ''}`);
    }
    const entry = bySlug.get(slug) ?? {};
    entry[cy ? 'cy' : 'en'] = parsed.data;
    bySlug.set(slug, entry);
    bodies.set(slug, { ...bodies.get(slug), [cy ? 'cy' : 'en']: markdown.replace(frontmatterBlock, '').trim() });
  }
  return catalogueOf(
    [...bySlug].map(([slug, translations]) => {
      if (translations.en && translations.cy) assertSameLetter(slug, translations.en, translations.cy);
      // The English file is the letter's identity when there is one; a Welsh-only letter is one too.
      const main = translations.en ?? translations.cy;
      if (!main) throw new Error(`content/letters/${slug}: no text`);
      return { ...main, slug, translations, bodies: bodies.get(slug) ?? {} };
    }),
  );
}
