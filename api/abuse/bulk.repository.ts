import type { Db } from '../db/database.ts';
import { forUpdate } from '../db/dialect.ts';
import { fromCampaignTime } from '../letters/letter.time.ts';
import type { SignatureState } from '../signatures/signature.table.ts';
import type { BulkActionKind } from './bulk-action.table.ts';
import type { BulkCriteria } from './bulk.schema.ts';
import { inRange, parseRange } from './client-address.ts';

/** The states each decision takes signatures from: counted or waiting ones out; set-aside ones in. */
const fromStates: Record<BulkActionKind, SignatureState[]> = { invalidate: ['verified', 'pending'], validate: ['fraudulent'] };

/** What a bulk decision chooses by: the form's criteria, or the rows a campaigner ticked. */
export type Choice = { criteria: BulkCriteria } | { ids: number[] };

const matchColumns = ['id', 'state', 'flag', 'kind', 'authority', 'letter', 'country', 'area', 'organisation_type', 'verified_at', 'client_address'] as const;

/**
 * The letter's signatures a decision would move, in id order. Inside the decision's transaction
 * (`lock`), on PostgreSQL they stay locked to its end, taken in the order every batch takes
 * signatures in (api/db/group-commit.ts), so a confirmation racing the decision waits, and two
 * never wait on each other in a circle. Only a set-aside signature can be validated here: one a
 * campaigner invalidated comes back by undoing that decision, which restores its state exactly.
 */
export async function matchingSignatures(db: Db, letter: string, action: BulkActionKind, choice: Choice, { lock = false } = {}) {
  let query = db.selectFrom('signatures').select(matchColumns).where('letter', '=', letter).where('state', 'in', fromStates[action]);
  if (action === 'validate') query = query.where('flag', '!=', 'invalidated');
  if ('ids' in choice) {
    if (choice.ids.length === 0) return [];
    query = query.where('id', 'in', choice.ids);
  } else {
    const { domain, from, to } = choice.criteria;
    // The domain's characters are letters, digits, dots and hyphens: nothing LIKE reads as a pattern.
    if (domain) query = query.where('email_key', 'like', `%@${domain}`);
    if (from) query = query.where('created_at', '>=', fromCampaignTime(from).toISOString());
    if (to) query = query.where('created_at', '<', fromCampaignTime(to).toISOString());
    if (choice.criteria.range) query = query.where('client_address', 'is not', null);
  }
  const rows = await (lock ? forUpdate(db, query) : query).orderBy('id').execute();
  const range = 'criteria' in choice && choice.criteria.range ? parseRange(choice.criteria.range) : undefined;
  // Ranges are compared as numbers, which neither database does on text: the rest narrowed it first.
  return range ? rows.filter((r) => inRange(r.client_address!, range)) : rows;
}

export type Matched = Awaited<ReturnType<typeof matchingSignatures>>[number];

/**
 * What a letter's bulk decisions chose by (an address or range, a domain, the times) goes with
 * its signers' addresses when the retention sweep takes those: the decisions, their sets and
 * their reasons stay.
 */
export async function forgetBulkCriteria(db: Db, letter: string): Promise<void> {
  await db.updateTable('bulk_actions').set({ criteria: '{}' }).where('letter', '=', letter).where('criteria', '!=', '{}').execute();
}
