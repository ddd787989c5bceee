import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { blogNamesIn } from '../api/blog/blog.names.ts';
import { authorFrontmatterSchema, blogPostSchema, blogTermSchema } from '../api/blog/blog.schema.ts';
import { letterFrontmatterSchema } from '../api/letters/letter.schema.ts';
import { publicationCollectionSchema } from '../api/publications/publication.content.ts';
import { publicationLoader } from './lib/publication-loader.ts';

/** Letters and posts in Markdown; the same frontmatter schema the API reads the letters with. */
export const collections = {
  letters: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/letters' }),
    schema: letterFrontmatterSchema,
  }),
  posts: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/posts' }),
    // A post naming an author, category or tag that has no file stops the build, naming it.
    schema: blogPostSchema(blogNamesIn('./content')),
  }),
  authors: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/authors' }),
    schema: authorFrontmatterSchema,
  }),
  categories: defineCollection({ loader: file('./content/categories.yaml'), schema: blogTermSchema }),
  tags: defineCollection({ loader: file('./content/tags.yaml'), schema: blogTermSchema }),
  /** Reports and pamphlets with their PDFs; the schema reads each PDF's facts (api/publications/). */
  publications: defineCollection({
    loader: publicationLoader(),
    schema: publicationCollectionSchema(),
  }),
};
