import type { Deps } from '../deps.ts';
import { readCounts } from '../counts/counter.repository.ts';
import type { Locale } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { findLetter } from '../letters/letter.service.ts';
import { type OrganisationType, organisationTypes } from '../organisations/organisation-type.ts';
import { allSignatories } from '../signatories/signatory.repository.ts';
import { anonymousName, signatoryQuerySchema } from '../signatories/signatory.schema.ts';
import { publishedSupport } from '../support/support.published.ts';
import { listInState } from '../support/support.repository.ts';
import { type TextBlock, markdownBlocks } from './markdown.ts';

/**
 * Everything the delivery pack says, in one language, as data: the printable page and the PDF
 * are two renderings of this, so they cannot disagree. Only what may reach the recipient is
 * here: the public list (organisations; individuals who chose to show their name) and every
 * letter of support a campaigner accepted, those meant for the recipient only among them.
 */
export type DeliveryPack = {
  slug: string;
  lang: Locale;
  title: string;
  recipient: string;
  asks: string[];
  letter: TextBlock[];
  asOf: Date;
  counts: { total: number; organisations: number; individuals: number };
  organisations: { type: OrganisationType | 'untyped'; names: { name: string; notable: boolean; verified: boolean; website: string | null }[] }[];
  individuals: string[];
  anonymous: number;
  /** `extractOnly`: its author let only the extract be published, and this is the public pack. */
  support: { author: string; role: string; organisation: string | null; country: string; body: string; recipientOnly: boolean; extractOnly: boolean }[];
};

/**
 * Who the pack is for. The recipient's holds every accepted letter of support; the public one
 * (the media page's download) only what each author let be published: `full` in full, `extract`
 * as its extract, `none` not at all.
 */
export type PackAudience = 'recipient' | 'public';

const typeRank = (type: OrganisationType | 'untyped') => (type === 'untyped' ? organisationTypes.length : organisationTypes.indexOf(type));

async function supportFor(deps: Pick<Deps, 'db' | 'letters'>, slug: string, audience: PackAudience): Promise<DeliveryPack['support']> {
  if (audience === 'public') {
    return (await publishedSupport(deps, slug)).map((s) => ({
      ...{ author: s.author_name, role: s.role, organisation: s.organisation, country: s.country },
      ...{ body: s.body ?? s.extract, recipientOnly: false, extractOnly: s.body === undefined },
    }));
  }
  return (await listInState(deps.db, 'published'))
    .filter((s) => s.letter === slug)
    .map((s) => ({ author: s.author_name, role: s.role, organisation: s.organisation, country: s.country, body: s.body, recipientOnly: s.publish === 'none', extractOnly: false }));
}

export async function deliveryPack(
  deps: Pick<Deps, 'db' | 'reader' | 'letters' | 'clock'>,
  slug: string,
  lang: Locale,
  audience: PackAudience = 'recipient',
): Promise<DeliveryPack> {
  const letter = findLetter(deps, slug);
  const text = letterText(letter, lang);
  const asOf = deps.clock();
  const counts = await readCounts(deps.db, slug);

  const byType = new Map<OrganisationType | 'untyped', DeliveryPack['organisations'][number]['names']>();
  const organisations = signatoryQuerySchema.parse({ kind: 'organisation', order: 'organisations' });
  for await (const o of allSignatories(deps.reader, slug, organisations)) {
    const type = o.organisation_type ?? 'untyped';
    byType.set(type, [...(byType.get(type) ?? []), { name: o.organisation ?? o.name, notable: o.notable, verified: o.verified, website: o.website }]);
  }
  const individuals: string[] = [];
  let anonymous = 0;
  for await (const s of allSignatories(deps.reader, slug, signatoryQuerySchema.parse({ kind: 'individual' }))) {
    if (s.name === anonymousName) anonymous += 1;
    else individuals.push(s.name);
  }
  const support = await supportFor(deps, slug, audience);

  return {
    slug,
    lang,
    title: text.title,
    recipient: text.recipient,
    asks: text.asks,
    letter: markdownBlocks(letter.bodies[lang] ?? letter.bodies.en ?? letter.bodies.cy ?? ''),
    asOf,
    counts: { total: counts.total, organisations: counts.organisations, individuals: counts.individuals },
    // Grouped by type in the list's order; within a type, the notable ones come first.
    organisations: [...byType].map(([type, names]) => ({ type, names })).sort((a, b) => typeRank(a.type) - typeRank(b.type)),
    individuals: individuals.sort((a, b) => a.localeCompare(b, lang)),
    anonymous,
    support,
  };
}
