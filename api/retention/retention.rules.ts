import type { UpdateObject } from 'kysely';
import type { Database } from '../db/database.ts';
import { isPublic } from '../organisations/authority.ts';
import { erasedContact, erasedNotes, erasedPrivateFields, erasedPublicFields } from '../signatures/erasure.ts';
import type { Signature } from '../signatures/signature.table.ts';

export type Kept = UpdateObject<Database, 'signatures'>;

/**
 * What a signature of a letter past its retention date keeps: what the public list shows of it,
 * and the anonymous facts every count is made of. Everything else goes:
 *
 * - its contact (email, client address and network, updates) from every row; tokens and mail go
 *   with it (the caller drops them);
 * - what only campaigners saw (its comment, a rejection's reason);
 * - a name its signer did not publish (an individual's whole line; an organisation keeps its
 *   name, website and logo, which are public by nature);
 * - everything personal of a row that is not listed: withdrawn (its signer left: the row keeps
 *   only that it was withdrawn, and when, so it never counts again and the workspace's withdrawn
 *   figure stays), set aside as fraudulent, or an organisation a campaigner rejected: the
 *   tombstone an erasure leaves. An organisation still waiting for approval keeps its name, so
 *   the campaigner can still decide.
 *
 * Answers the columns to set (the same for every row alike, so a batch is a few statements), or
 * undefined when the row has nothing more to give up: erased already, or a paper row holding
 * only what is published. A pending row is deleted instead (see the sweep).
 */
export function keptAfterClose(row: Signature): Kept | undefined {
  const contact = row.email !== '' ? erasedContact : { updates: 0, client_address: null, client_network: null };
  const wanted = { ...contact, ...erasedNotes, ...(mayBeListed(row) ? unpublishedName(row) : { ...erasedPublicFields, ...erasedPrivateFields }) };
  const changes = Object.entries(wanted).some(([column, value]) => column === 'email_key' || row[column as keyof Signature] !== value);
  return changes ? wanted : undefined;
}

/** Listed, or an organisation still waiting for a campaigner, whose approval would list it (by its name, public by nature). */
const mayBeListed = (row: Signature) => isPublic(row) || (row.kind === 'organisation' && row.state === 'verified' && row.authority === 'awaiting_approval');

/** A listed row keeps its name only if its signer published it (`show_name`). */
function unpublishedName(row: Signature): Kept {
  if (row.show_name === 1) return {};
  const nameless = { name: '', search_name: '', role: null, place: null };
  return row.kind === 'organisation' ? nameless : { ...nameless, organisation: null };
}
