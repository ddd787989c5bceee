import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../../api/letters/letter.catalogue.ts';
import { blogNamesIn } from '../../../api/blog/blog.names.ts';
import { blogPostSchema } from '../../../api/blog/blog.schema.ts';

const known = { authors: ['campaign-team', 'megan-hughes'], categories: ['politics-and-policy', 'campaign-news'], tags: ['open-letters'] };
const aPost = (overrides: Record<string, unknown> = {}) => ({
  title: 'Why we are writing again',
  summary: 'Our second letter.',
  published: '2026-10-01',
  author: 'campaign-team',
  categories: ['politics-and-policy'],
  tags: ['open-letters'],
  ...overrides,
});

/** What the build says about a post's frontmatter: nothing when it is good, else each problem as Astro shows it. */
function problems(post: Record<string, unknown>): string[] {
  const parsed = blogPostSchema(known).safeParse(post);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe("a post's author, categories and tags", () => {
  it('are accepted when each has its file', () => {
    expect(problems(aPost())).toEqual([]);
    expect(blogPostSchema(known).parse(aPost({ categories: undefined, tags: undefined }))).toMatchObject({ categories: [], tags: [] });
  });

  it('refuse an author with no file in content/authors, naming the file to add and the authors there are', () => {
    expect(problems(aPost({ author: 'megan-hughs' }))).toEqual([
      'author: unknown author "megan-hughs": add it to content/authors/megan-hughs.md or use one that exists (campaign-team, megan-hughes)',
    ]);
  });

  it('refuse an author written as a name rather than the slug of their file', () => {
    expect(problems(aPost({ author: 'The campaign team' }))[0]).toMatch(/^author: lower-case letters and digits/);
  });

  it('refuse a category or tag that content/categories.yaml or content/tags.yaml does not have', () => {
    expect(problems(aPost({ categories: ['politics-and-policy', 'politics'], tags: ['open-letter'] }))).toEqual([
      'categories.1: unknown category "politics": add it to content/categories.yaml or use one that exists (politics-and-policy, campaign-news)',
      'tags.0: unknown tag "open-letter": add it to content/tags.yaml or use one that exists (open-letters)',
    ]);
  });
});

describe('the names a post may use, read from content/', () => {
  it('are the authors’ files and the keys of the categories and tags files, and none when a file is missing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-blog-'));
    expect(blogNamesIn(root)).toEqual({ authors: [], categories: [], tags: [] });
    fs.mkdirSync(path.join(root, 'authors'));
    for (const file of ['ruth.md', 'ruth.cy.md', 'only-welsh.cy.md', 'notes.txt']) fs.writeFileSync(path.join(root, 'authors', file), '---\nname: x\n---\n');
    fs.writeFileSync(path.join(root, 'categories.yaml'), 'politics-and-policy:\n  en: Politics and Policy\n  cy: Gwleidyddiaeth a Pholisi\n');
    const names = blogNamesIn(root);
    expect([...names.authors].sort()).toEqual(['only-welsh', 'ruth']);
    expect(names.categories).toEqual(['politics-and-policy']);
    expect(names.tags).toEqual([]);
  });

  it('let every post in content/posts through, in both languages, with the same author, categories and tags', () => {
    const content = path.resolve('content');
    const schema = blogPostSchema(blogNamesIn(content));
    const dir = path.join(content, 'posts');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files.filter((f) => f.endsWith('.cy.md'))) {
      const read = (name: string) => schema.parse(frontmatterOf(fs.readFileSync(path.join(dir, name), 'utf8')));
      const [cy, en] = [read(file), read(file.replace(/\.cy\.md$/, '.md'))];
      expect({ author: cy.author, categories: cy.categories, tags: cy.tags }, file).toEqual({ author: en.author, categories: en.categories, tags: en.tags });
      expect(en.categories.length, file).toBeGreaterThan(0);
    }
  });
});
