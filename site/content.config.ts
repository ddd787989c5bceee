import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { letterFrontmatterSchema, postFrontmatterSchema } from '../api/letters/letter.schema.ts';
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
    schema: postFrontmatterSchema,
  }),
  /** Reports and pamphlets with their PDFs; the schema reads each PDF's facts (api/publications/). */
  publications: defineCollection({
    loader: publicationLoader(),
    schema: publicationCollectionSchema(),
  }),
};
