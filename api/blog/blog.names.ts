import fs from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { BlogNames } from './blog.schema.ts';

const authorFile = /^([^.]+)(\.cy)?\.md$/;

/** The keys of a YAML mapping of terms; none when the campaign has not made the file. */
function keysOf(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const data = parseYaml(fs.readFileSync(file, 'utf8'));
  return data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
}

/**
 * What a post may name, read from the files themselves before Astro loads any collection,
 * so the posts' schema can refuse an unknown one at build (site/content.config.ts).
 */
export function blogNamesIn(contentDir: string): BlogNames {
  const authorsDir = path.join(contentDir, 'authors');
  const authors = fs.existsSync(authorsDir) ? fs.readdirSync(authorsDir).flatMap((f) => authorFile.exec(f)?.[1] ?? []) : [];
  return {
    authors: [...new Set(authors)],
    categories: keysOf(path.join(contentDir, 'categories.yaml')),
    tags: keysOf(path.join(contentDir, 'tags.yaml')),
  };
}
