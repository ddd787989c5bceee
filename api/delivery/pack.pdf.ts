import { formatDay, formatTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { cy } from '../i18n/pack/cy.ts';
import { type PackMessages, en } from '../i18n/pack/en.ts';
import { countryName } from '../places/countries.ts';
import type { DeliveryPack } from './pack.service.ts';
import { pdfWriter } from './pdf-writer.ts';

const catalogues: Record<Locale, PackMessages> = { en, cy };

export const packMoment = (at: Date, lang: Locale) => `${formatTime(at, lang)}, ${formatDay(at, lang)}`;

/**
 * The delivery pack as a PDF made by the server: the letter and its asks, the count, the
 * organisations by type, the individuals who showed their name, then the letters of support,
 * each on a new page; every page numbered "Page N of M".
 */
export async function deliveryPackPdf(pack: DeliveryPack): Promise<Uint8Array> {
  const t = catalogues[pack.lang];
  const w = await pdfWriter();
  const h1 = { size: 20, bold: true, after: 6 };
  const h2 = { size: 14, bold: true, before: 14, after: 4 };
  const body = { size: 10.5, after: 6 };

  w.text(t.pack.kicker, { size: 10, grey: true, after: 2 });
  w.text(pack.title, h1);
  w.text(t.pack.to(pack.recipient), { size: 12, after: 2 });
  w.text(t.pack.asOf(packMoment(pack.asOf, pack.lang)), { size: 9, grey: true, after: 8 });

  w.text(t.pack.signaturesHeading, h2);
  w.text(t.pack.signatures(pack.counts.total, pack.counts.organisations, pack.counts.individuals), { ...body, bold: true });

  w.text(t.pack.asksHeading, h2);
  pack.asks.forEach((ask, i) => w.text(`${i + 1}. ${ask}`, { ...body, indent: 12 }));

  w.text(t.pack.letterHeading, h2);
  for (const block of pack.letter) {
    if (block.kind === 'heading') w.text(block.text, { size: 12, bold: true, before: 8, after: 3 });
    else if (block.kind === 'item') w.text(`${block.marker} ${block.text}`, { ...body, indent: 12 });
    else w.text(block.text, body);
  }

  w.newPage();
  w.text(t.pack.organisationsHeading, h2);
  if (pack.organisations.length === 0) w.text(t.pack.none, body);
  for (const group of pack.organisations) {
    w.text(`${t.organisationTypes[group.type]} (${group.names.length})`, { size: 11, bold: true, before: 8, after: 3 });
    for (const o of group.names) {
      const marks = [o.notable ? t.pack.notable : '', o.verified ? t.pack.verified : ''].filter(Boolean).join(', ');
      w.text(marks ? `${o.name} — ${marks}` : o.name, { size: 10, indent: 12, after: 1 });
    }
  }

  w.text(t.pack.individualsHeading, h2);
  w.text(pack.individuals.length === 0 ? t.pack.none : pack.individuals.join(' · '), body);
  if (pack.anonymous > 0) w.text(t.pack.anonymous(pack.anonymous), { ...body, grey: true });

  for (const [i, s] of pack.support.entries()) {
    w.newPage();
    if (i === 0) w.text(t.pack.supportHeading, h2);
    w.text(s.author, { size: 13, bold: true, before: 8, after: 2 });
    w.text([s.role, s.organisation, countryName(s.country, pack.lang)].filter(Boolean).join(' · '), { size: 10, grey: true, after: 6 });
    if (s.recipientOnly) w.text(t.pack.recipientOnly, { size: 9, grey: true, after: 6 });
    if (s.extractOnly) w.text(t.pack.extractOnly, { size: 9, grey: true, after: 6 });
    for (const paragraph of s.body.split(/\n{2,}/)) w.text(paragraph, body);
  }
  if (pack.support.length === 0) {
    w.text(t.pack.supportHeading, h2);
    w.text(t.pack.none, body);
  }

  return w.finish(t.pack.page, pack.title, pack.lang);
}
