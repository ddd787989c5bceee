import { markdownBlocks } from '../delivery/markdown.ts';
import { pdfWriter } from '../delivery/pdf-writer.ts';
import { formatDay } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { cy } from '../i18n/publications/cy.ts';
import { en } from '../i18n/publications/en.ts';
import { contributorRoles, type PublicationFrontmatter } from './publication.schema.ts';

const words = { en, cy };

/**
 * A publication's PDF in one language, made by the delivery pack's typesetter from the same
 * Markdown as its page: the title, who made it and who published it, the summary, then the body;
 * every page numbered, and the document's language declared (/Lang) so a screen reader reads it
 * in the right voice and the site can show it.
 */
export async function publicationPdf(data: PublicationFrontmatter, markdown: string, lang: Locale): Promise<Uint8Array> {
  const t = words[lang];
  const w = await pdfWriter();
  const body = { size: 10.5, after: 6 };
  w.text(t.kinds[data.kind], { size: 10, grey: true, after: 2 });
  w.text(data.title, { size: 20, bold: true, after: 8 });
  for (const role of contributorRoles) {
    const names = data.contributors.filter((c) => c.role === role).map((c) => c.name);
    if (names.length > 0) w.text(`${names.length > 1 ? t.rolesPlural[role] : t.roles[role]}: ${names.join(', ')}`, { size: 10, after: 1 });
  }
  w.text(`${t.publisher}: ${data.publisher} · ${t.published}: ${formatDay(data.date, lang)}`, { size: 10, after: 1 });
  if (data.report_number) w.text(`${t.reportNumber}: ${data.report_number}`, { size: 10, after: 1 });
  if (data.isbn) w.text(`${t.isbn}: ${data.isbn}`, { size: 10, after: 1 });
  w.text(data.summary, { size: 12, before: 10, after: 10 });
  for (const block of markdownBlocks(markdown)) {
    if (block.kind === 'heading') w.text(block.text, { size: 14, bold: true, before: 10, after: 4 });
    else if (block.kind === 'item') w.text(`${block.marker} ${block.text}`, { ...body, indent: 12 });
    else w.text(block.text, body);
  }
  return w.finish(t.page, data.title, lang);
}
