import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { findLetter } from '../letters/letter.service.ts';
import { findSupport, listPublished } from './support.repository.ts';
import type { PublicSupport } from './support.schema.ts';
import type { SupportLetter } from './support.table.ts';

export type { PublicSupport };

export const supportPdfPath = (slug: string, id: number) => `/api/letters/${slug}/support/${id}/letter.pdf`;

function toPublic(s: SupportLetter): PublicSupport {
  const full = s.publish === 'full';
  return {
    id: s.id,
    author_name: s.author_name,
    role: s.role,
    organisation: s.organisation,
    country: s.country,
    extract: s.extract,
    ...(full ? { body: s.body } : {}),
    ...(full && s.pdf ? { pdf_url: supportPdfPath(s.letter, s.id) } : {}),
    notable: s.notable === 1,
    published_at: s.decided_at ?? '',
  };
}

/** The letter's published letters of support, notable ones first. */
export async function publishedSupport(deps: Pick<Deps, 'db' | 'letters'>, slug: string): Promise<PublicSupport[]> {
  findLetter(deps, slug);
  return (await listPublished(deps.db, slug)).map(toPublic);
}

/** The signed PDF of a letter of support whose author let it be published in full; anything else is not found. */
export async function publicSupportPdf(deps: Pick<Deps, 'db' | 'uploads'>, slug: string, id: number): Promise<{ bytes: Buffer; support: SupportLetter }> {
  const support = await findSupport(deps.db, id);
  if (!support || support.letter !== slug || support.state !== 'published' || support.publish !== 'full' || !support.pdf) {
    throw new NotFoundError('support');
  }
  return { bytes: await supportPdf(deps, support), support };
}

/** The stored PDF of any letter of support (the campaigners read every one, published or not). */
export async function supportPdf(deps: Pick<Deps, 'uploads'>, support: SupportLetter): Promise<Buffer> {
  const bytes = support.pdf ? await deps.uploads.read(support.pdf) : undefined;
  if (!bytes) throw new NotFoundError('support');
  return bytes;
}
