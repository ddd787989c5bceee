import { recordAudit } from '../admin/audit.repository.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { touchList } from '../lists/list-version.ts';
import { lockSignature } from '../signatures/signature.repository.ts';
import { isPublic, publicAuthorities } from './authority.ts';
import type { OrganisationType } from './organisation-type.ts';

/**
 * A campaigner marks an organisation as notable (a health board, a royal college): the public
 * list in organisations-first order shows it before every other. Only a listed organisation can
 * be marked; the flag, and its audit entry, stand or fall together. Setting the flag it already
 * has changes nothing and records nothing, so a form sent twice is harmless.
 * Returns whether anything changed.
 */
export async function setOrganisationNotable(deps: Deps, signatureId: number, notable: boolean, by: string): Promise<boolean> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    // Locked: a signer withdrawing at this moment, on any server, is not marked notable after.
    const s = await lockSignature(tx, signatureId);
    if (!s || s.kind !== 'organisation' || !isPublic(s)) throw new NotFoundError('signature');
    const value = notable ? 1 : 0;
    const { numUpdatedRows } = await tx
      .updateTable('signatures')
      .set({ notable: value })
      .where('id', '=', signatureId)
      .where('notable', '<>', value)
      .executeTakeFirst();
    if (numUpdatedRows === 0n) return false;
    await touchList(tx, s.letter, at);
    await recordAudit(tx, {
      at,
      actor: by,
      action: notable ? 'organisation.notable' : 'organisation.not_notable',
      subject: { type: 'signature', id: signatureId },
      detail: { letter: s.letter, organisation: s.organisation },
    });
    return true;
  });
}

/** A listed organisation as the workspace shows it: what a campaigner needs to judge it notable. */
export type ListedOrganisation = {
  id: number;
  letter: string;
  organisation: string;
  organisationType: OrganisationType | null;
  website: string | null;
  notable: boolean;
  verifiedAt: string;
};

/** Every organisation on a public list, by letter, the notable ones first, then by name. */
export async function listedOrganisations(deps: Pick<Deps, 'db'>): Promise<ListedOrganisation[]> {
  const rows = await deps.db
    .selectFrom('signatures')
    .select(['id', 'letter', 'organisation', 'organisation_type', 'website', 'notable', 'verified_at'])
    .where('kind', '=', 'organisation')
    .where('state', '=', 'verified')
    .where('authority', 'in', publicAuthorities)
    .orderBy('letter')
    .orderBy('notable', 'desc')
    .orderBy('organisation')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    letter: r.letter,
    organisation: r.organisation ?? '',
    organisationType: r.organisation_type,
    website: r.website,
    notable: r.notable === 1,
    verifiedAt: r.verified_at ?? '',
  }));
}
