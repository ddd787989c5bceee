import { z } from 'zod';

/**
 * Frontmatter of content/publications/<slug>.md and <slug>.cy.md: shared by Astro's collection
 * (site/content.config.ts, which adds the PDF's facts read from the file) and the tests. No Node
 * imports here, so a browser could use it too.
 */
export const publicationKinds = ['report', 'briefing', 'pamphlet', 'response'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

export const contributorRoles = ['author', 'editor', 'designer', 'translator'] as const;
export type ContributorRole = (typeof contributorRoles)[number];

/** ISBN-13 digits without hyphens or spaces, or undefined when it is not 13 digits. */
export const isbnDigits = (value: string): string | undefined => {
  const digits = value.replace(/[-\s]/g, '');
  return /^97[89]\d{10}$/.test(digits) ? digits : undefined;
};

/** The ISBN-13 check: digits weighted 1, 3, 1, 3 … sum to a multiple of ten. */
export function validIsbn13(value: string): boolean {
  const digits = isbnDigits(value);
  if (!digits) return false;
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lower-case letters, digits and hyphens');

/** A PDF beside the Markdown, by file name only: never a path that could leave content/publications/. */
export const pdfFileName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.cy)?\.pdf$/, 'a file name in content/publications/, such as my-report.pdf or my-report.cy.pdf');

export const publicationFrontmatterSchema = z.strictObject({
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(600),
  kind: z.enum(publicationKinds),
  publisher: z.string().min(1).max(200),
  /** The day it was published. */
  date: z.coerce.date(),
  contributors: z
    .array(z.strictObject({ name: z.string().min(1).max(200), role: z.enum(contributorRoles) }))
    .min(1)
    .refine((people) => people.some((p) => p.role === 'author'), 'name at least one author (role: author)'),
  isbn: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      if (!isbnDigits(value)) ctx.addIssue({ code: 'custom', message: `ISBN "${value}" is not an ISBN-13: 13 digits starting 978 or 979 (hyphens allowed)` });
      else if (!validIsbn13(value)) ctx.addIssue({ code: 'custom', message: `ISBN "${value}" fails the ISBN-13 checksum: check the last digit` });
    }),
  report_number: z.string().min(1).max(60).optional(),
  /** Slugs of letters and posts this publication is about; checked to exist at build. */
  letters: z.array(slug).default([]),
  posts: z.array(slug).default([]),
  /** The PDF of this language's version, in content/publications/. Its size, pages and language are read from the file. */
  pdf: pdfFileName,
});
export type PublicationFrontmatter = z.infer<typeof publicationFrontmatterSchema>;

/** What the build reads from the PDF itself: never typed by hand. */
export type PdfFacts = { file: string; bytes: number; pages: number; lang: string | undefined };
