/**
 * `npm run publication:pdf -- <slug>`: makes content/publications/<slug>.pdf (and <slug>.cy.pdf
 * when the Welsh version exists) from the Markdown, with the project's own PDF code. Commit the
 * PDFs: the build reads their size, pages and language from them.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { publicationsDir } from '../api/publications/pdf-facts.ts';
import { publicationPdf } from '../api/publications/publication.pdf.ts';
import { publicationFrontmatterSchema } from '../api/publications/publication.schema.ts';

const slug = process.argv[2];
if (!slug || !/^[a-z0-9-]+$/.test(slug)) {
  console.error('usage: npm run publication:pdf -- <slug>   (content/publications/<slug>.md)');
  process.exit(2);
}
const dir = publicationsDir();
let made = 0;
for (const lang of ['en', 'cy'] as const) {
  const source = path.join(dir, lang === 'cy' ? `${slug}.cy.md` : `${slug}.md`);
  if (!existsSync(source)) continue;
  const [, front = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(await readFile(source, 'utf8')) ?? [];
  const parsed = publicationFrontmatterSchema.safeParse(parseYaml(front));
  if (!parsed.success) {
    console.error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    process.exit(1);
  }
  const out = path.join(dir, parsed.data.pdf);
  await writeFile(out, await publicationPdf(parsed.data, body, lang));
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
  made += 1;
}
if (made === 0) {
  console.error(`no content/publications/${slug}.md nor ${slug}.cy.md`);
  process.exit(1);
}
