import fs from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cy } from '../../site/lib/messages/cy.ts';
import { en } from '../../site/lib/messages/en.ts';
import { element, hrefs, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();

/** Each letter and post in content/, with the title of each version that exists. */
function contentIn(kind: 'letters' | 'posts') {
  const titles = new Map<string, { en?: string; cy?: string }>();
  for (const file of fs.readdirSync(`content/${kind}`)) {
    const [, slug = '', welsh] = /^(.+?)(\.cy)?\.md$/.exec(file) ?? [];
    const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(`content/${kind}/${file}`, 'utf8'))?.[1] ?? '') as { title: string };
    titles.set(slug, { ...titles.get(slug), [welsh ? 'cy' : 'en']: front.title });
  }
  return [...titles].map(([slug, versions]) => ({ path: `/${kind === 'letters' ? 'letters' : 'blog'}/${slug}`, kind, versions }));
}

const everything = [...contentIn('letters'), ...contentIn('posts')];

describe.each(['en', 'cy'] as const)('a letter or post read in %s', (lang) => {
  const t = lang === 'cy' ? cy : en;
  const other = lang === 'cy' ? 'en' : 'cy';
  const address = (path: string, l: 'en' | 'cy') => (l === 'cy' ? `/cy${path}` : path);

  it.each(everything)('$path is shown in that language, or says plainly that it is not and links to the one it is in', async ({ path, kind, versions }) => {
    const page = await site.get(address(path, lang));
    expect(page.status).toBe(200);
    const h1 = tags(page.html, 'h1')[0] ?? {};
    const notice = t.translation[kind === 'letters' ? 'letter' : 'post'];
    if (versions[lang]) {
      expect(textOf(element(page.html, 'h1', '') ?? '')).toBe(versions[lang]);
      expect(h1.lang).toBeUndefined();
      expect(textOf(page.html)).not.toContain(notice);
    } else {
      expect(textOf(page.html)).toContain(notice);
      expect(hrefs(page.html)).toContain(address(path, other));
      expect(textOf(element(page.html, 'h1', `lang="${other}"`) ?? '')).toBe(versions[other]);
      expect(tags(page.html, 'div').find((d) => d.class === 'prose')?.lang).toBe(other);
    }
  });
});
