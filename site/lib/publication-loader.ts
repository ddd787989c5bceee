import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * content/publications/*.md, read afresh on every build. The glob loader keeps an entry whose
 * Markdown has not changed, but a publication's facts come from its PDF too
 * (api/publications/publication.content.ts): a PDF remade, replaced or deleted beside unchanged
 * Markdown must be read again, or the page would show the old size and pages, and a missing file
 * would not stop the build. There are few publications, so forgetting them all is cheap.
 */
export function publicationLoader(): Loader {
  const files = glob({ pattern: '**/*.md', base: './content/publications' });
  return {
    name: 'publications',
    load: async (context) => {
      context.store.clear();
      await files.load(context);
    },
  };
}
