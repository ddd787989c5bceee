import { contributorRoles } from '../../api/publications/publication.schema.ts';
import type { Lang } from './format.ts';
import { isoDate } from './format.ts';
import type { Publication } from './publications.ts';

/**
 * What a publication's page says about it to machines and citers: schema.org JSON-LD (`Report`)
 * and the citation to copy. The PDF is the encoding of each language's version.
 */
export function publicationJsonLd(p: Publication, pageUrl: string, origin: string) {
  const d = p.value.data;
  const people = (role: string) => d.contributors.filter((c) => c.role === role).map((c) => ({ '@type': 'Person', name: c.name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: d.title,
    headline: d.title,
    description: d.summary,
    url: pageUrl,
    datePublished: isoDate(d.date),
    inLanguage: p.lang,
    publisher: { '@type': 'Organization', name: d.publisher },
    author: people('author'),
    ...(people('editor').length ? { editor: people('editor') } : {}),
    ...(people('translator').length ? { translator: people('translator') } : {}),
    ...(people('designer').length ? { contributor: people('designer') } : {}),
    ...(d.isbn ? { isbn: d.isbn } : {}),
    ...(d.report_number ? { reportNumber: d.report_number } : {}),
    encoding: p.files.map((f) => ({
      '@type': 'MediaObject',
      encodingFormat: 'application/pdf',
      contentUrl: new URL(f.href, origin).href,
      contentSize: `${f.bytes} B`,
      inLanguage: f.lang ?? f.version,
      numberOfPages: f.pages,
    })),
  };
}

/** JSON in a <script>: nothing in it can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Contributors grouped by role, in a fixed order (authors first). */
export const byRole = (p: Publication) =>
  contributorRoles.flatMap((role) => {
    const names = p.value.data.contributors.filter((c) => c.role === role).map((c) => c.name);
    return names.length ? [{ role, names }] : [];
  });

export const authorsOf = (p: Publication, lang: Lang) =>
  new Intl.ListFormat(lang === 'cy' ? 'cy' : 'en-GB', { type: 'conjunction' }).format(p.value.data.contributors.filter((c) => c.role === 'author').map((c) => c.name));
