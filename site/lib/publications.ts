import type { CollectionEntry } from 'astro:content';
import { publicationKinds, type PdfFacts, type PublicationKind } from '../../api/publications/publication.schema.ts';
import { type Versioned, versionsOf } from './content.ts';
import type { Lang } from './format.ts';
import { langs } from './locale.ts';
import { inLanguage } from './translation.ts';

/**
 * The publications library (content/publications/): each publication in the page's language
 * where it has been written in it, with the PDF of every language it exists in. The PDFs' facts
 * were read from the files when the site was built (api/publications/publication.content.ts).
 */
/** `lang` is what the PDF itself declares; `version` which language's Markdown names it. */
export type Publication = Versioned<'publications'> & { files: (PdfFacts & { version: Lang; href: string })[] };

/** The download's address: the API serves the committed file with its headers (api/publications/publication.routes.ts). */
export const pdfHref = (file: string) => `/api/publications/${file}`;

function withFiles(slug: string, versions: Partial<Record<Lang, CollectionEntry<'publications'>>>, lang: Lang): Publication | undefined {
  const chosen = inLanguage(versions, lang);
  if (!chosen) return undefined;
  // The page's language first, then the other.
  const order = [chosen.lang, ...langs.filter((l) => l !== chosen.lang)];
  const files = order.flatMap((l) => {
    const data = versions[l]?.data;
    return data ? [{ ...data.file, version: l, href: pdfHref(data.file.file) }] : [];
  });
  return { ...chosen, slug, files };
}

/** Newest first; the same day, by title. */
export async function allPublications(lang: Lang): Promise<Publication[]> {
  const list = [...(await versionsOf('publications'))].flatMap(([slug, versions]) => withFiles(slug, versions, lang) ?? []);
  return list.sort((a, b) => b.value.data.date.getTime() - a.value.data.date.getTime() || a.value.data.title.localeCompare(b.value.data.title));
}

export async function publicationEntry(slug: string, lang: Lang): Promise<Publication | undefined> {
  const versions = (await versionsOf('publications')).get(slug);
  return versions && withFiles(slug, versions, lang);
}

/** Publications that name this letter or post among theirs: how a letter or post finds what was written about it. */
export async function relatedPublications(kind: 'letters' | 'posts', slug: string, lang: Lang): Promise<Publication[]> {
  return (await allPublications(lang)).filter((p) => p.value.data[kind].includes(slug));
}

export type Filters = { year?: number; kind?: PublicationKind };

/** The list's GET form, read leniently: a value that is not one of the choices is no filter. */
export function readFilters(search: URLSearchParams): Filters {
  const year = Number(search.get('year'));
  const kind = search.get('kind') as PublicationKind | null;
  return {
    year: Number.isInteger(year) && year > 1900 ? year : undefined,
    kind: kind && (publicationKinds as readonly string[]).includes(kind) ? kind : undefined,
  };
}

const yearOf = (p: Publication) => p.value.data.date.getUTCFullYear();

const matches = (p: Publication, f: Filters) => (f.year === undefined || yearOf(p) === f.year) && (f.kind === undefined || p.value.data.kind === f.kind);

/**
 * The publications the filters keep, and for each choice how many it would show with the other
 * filter as it is: a count never promises what a click would not show.
 */
export function filterPublications(all: Publication[], f: Filters) {
  const years = [...new Set(all.map(yearOf))].sort((a, b) => b - a);
  return {
    shown: all.filter((p) => matches(p, f)),
    total: { year: all.filter((p) => matches(p, { ...f, year: undefined })).length, kind: all.filter((p) => matches(p, { ...f, kind: undefined })).length },
    years: years.map((year) => ({ year, count: all.filter((p) => matches(p, { ...f, year })).length })),
    kinds: publicationKinds.map((kind) => ({ kind, count: all.filter((p) => matches(p, { ...f, kind })).length })).filter((k) => k.count > 0 || k.kind === f.kind),
  };
}
