import { existsSync } from 'node:fs';
import path from 'node:path';
import { PdfFactsError, publicationsDir, readPdfFacts } from './pdf-facts.ts';
import { publicationFrontmatterSchema } from './publication.schema.ts';

/**
 * The collection's schema at build: the frontmatter, then what only the files can tell — the
 * PDF's size, pages and language, and that the related letters and posts exist. Any of them
 * wrong stops `astro build` with the message, naming the file.
 */
export const publicationCollectionSchema = (root = process.cwd()) =>
  publicationFrontmatterSchema.transform(async (data, ctx) => {
    const content = path.join(root, 'content');
    for (const [folder, slugs] of [['letters', data.letters], ['posts', data.posts]] as const) {
      for (const slug of slugs) {
        if (!existsSync(path.join(content, folder, `${slug}.md`))) ctx.addIssue({ code: 'custom', path: [folder], message: `no ${folder.slice(0, -1)} content/${folder}/${slug}.md` });
      }
    }
    try {
      return { ...data, file: await readPdfFacts(path.join(publicationsDir(root), data.pdf)) };
    } catch (error) {
      if (!(error instanceof PdfFactsError)) throw error;
      ctx.addIssue({ code: 'custom', path: ['pdf'], message: error.message });
      return { ...data, file: { file: data.pdf, bytes: 0, pages: 0, lang: undefined } };
    }
  });
