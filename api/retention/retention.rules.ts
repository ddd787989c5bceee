import { isPublic } from '../organisations/authority.ts';
import { erasedContact, erasedPrivateFields, erasedPublicFields } from '../signatures/erasure.ts';
import type { Signature, SignatureUpdate } from '../signatures/signature.table.ts';

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
 *   only that it was withdrawn, and when, so it never counts again), set aside as fraudulent, or
 *   an organisation whose authority was never established: the tombstone an erasure leaves.
 *
 * Answers only the columns that change, or undefined when nothing does (a row done already, or
 * a paper row with nothing but what is published). A pending row is deleted instead (see the sweep).
 */
export function keptAfterClose(row: Signature): SignatureUpdate | undefined {
  const wanted: SignatureUpdate = {
    ...(row.email !== '' ? erasedContact() : { updates: 0, client_address: null, client_network: null }),
    ...erasedPrivateFields,
    ...(isPublic(row) ? unpublishedName(row) : erasedPublicFields),
  };
  const changes = Object.entries(wanted).filter(([column, value]) => row[column as keyof Signature] !== value);
  if (changes.length === 0) return undefined;
  return Object.fromEntries(changes) as SignatureUpdate;
}

/** A listed row keeps its name (and the search form of it) only if its signer published it (`show_name`). */
function unpublishedName(row: Signature): SignatureUpdate {
  if (row.show_name === 1) return { search_name: row.search_name };
  const nameless = { name: '', role: null, place: null };
  return row.kind === 'organisation' ? nameless : { ...nameless, organisation: null };
}
