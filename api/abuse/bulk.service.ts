import { recordAudit } from '../admin/audit.repository.ts';
import { type CountChange, applyCountChanges } from '../counts/counter.repository.ts';
import { forUpdate } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { touchList } from '../lists/list-version.ts';
import { enqueueSignatureMails } from '../mail/outbox.repository.ts';
import { isPublic } from '../organisations/authority.ts';
import type { BulkAction, BulkActionKind } from './bulk-action.table.ts';
import { type Choice, type Matched, matchingSignatures } from './bulk.repository.ts';

/**
 * A campaigner's decision on many signatures of one letter at once: invalidate a flood (counted
 * and waiting signatures become `fraudulent`, out of every count and list), or validate what
 * the limits set aside (each is sent the confirmation it never had). First a preview of what it
 * would move; then, with a reason, the decision itself, which moves exactly the set the preview
 * showed or nothing: if the set changed in between, the campaigner is shown the new one. The
 * signatures, their counts, the list version, the record of the set and the audit entry are one
 * transaction. An invalidation can be undone: its set comes back as it was.
 */

export type Preview = {
  /** How many it would move, and how many of those are counted now (what the letter's total loses). */
  affected: number;
  counted: number;
  /** The counts it changes, by kind and by country: the public figures a campaigner will see move. */
  individuals: number;
  organisations: number;
  byCountry: { country: string; n: number }[];
};

function previewOf(rows: Matched[]): Preview {
  const counted = rows.filter(isPublic);
  const countries = new Map<string, number>();
  for (const s of counted) countries.set(s.country, (countries.get(s.country) ?? 0) + 1);
  return {
    affected: rows.length,
    counted: counted.length,
    individuals: counted.filter((s) => s.kind === 'individual').length,
    organisations: counted.filter((s) => s.kind === 'organisation').length,
    byCountry: [...countries].map(([country, n]) => ({ country, n })).sort((a, b) => b.n - a.n || a.country.localeCompare(b.country)),
  };
}

export async function previewBulk(deps: Pick<Deps, 'db'>, letter: string, action: BulkActionKind, choice: Choice): Promise<Preview> {
  return previewOf(await matchingSignatures(deps.db, letter, action, choice));
}

export type Decided = { done: true; id: number; preview: Preview } | { done: false; preview: Preview };

const chunk = 500;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / chunk) }, (_, i) => items.slice(i * chunk, (i + 1) * chunk));

/**
 * Decides, if the set is still the `expected` size the campaigner saw; else answers with the set
 * as it is now. Rows a campaigner ticked one by one need no preview (`expected` absent): those
 * of them still waiting are moved.
 */
export async function decideBulk(
  deps: Pick<Deps, 'db' | 'clock'>,
  d: { letter: string; action: BulkActionKind; choice: Choice; expected?: number; by: string; reason: string },
): Promise<Decided> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const rows = await matchingSignatures(tx, d.letter, d.action, d.choice, { lock: true });
    const preview = previewOf(rows);
    if ((d.expected !== undefined && rows.length !== d.expected) || rows.length === 0) return { done: false, preview };
    const criteria = 'ids' in d.choice ? { chosen: rows.length } : d.choice.criteria;
    const { id } = await tx
      .insertInto('bulk_actions')
      .values({ letter: d.letter, action: d.action, criteria: JSON.stringify(criteria), reason: d.reason, by: d.by, at: at.toISOString(), affected: rows.length, counted: preview.counted, undone_at: null, undone_by: null, undo_reason: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const part of chunks(rows)) {
      await tx.insertInto('bulk_action_signatures').values(part.map((s) => ({ action_id: id, signature_id: s.id, previous_state: s.state, previous_flag: s.flag }))).execute();
      const ids = part.map((s) => s.id);
      if (d.action === 'invalidate') {
        await tx.updateTable('signatures').set({ state: 'fraudulent', flag: 'invalidated' }).where('id', 'in', ids).execute();
      } else {
        await tx.updateTable('signatures').set({ state: 'pending', flag: null }).where('id', 'in', ids).execute();
        await enqueueSignatureMails(tx, 'confirm', ids.map((signatureId) => ({ signatureId, now: at })));
      }
    }
    const counted = rows.filter(isPublic);
    if (counted.length > 0) {
      await applyCountChanges(tx, counted.map((signature): CountChange => ({ signature, delta: -1 })));
      await touchList(tx, d.letter, at);
    }
    await recordAudit(tx, {
      at,
      actor: d.by,
      action: d.action === 'invalidate' ? 'signatures.invalidated' : 'signatures.validated',
      subject: { type: 'bulk_action', id },
      detail: { letter: d.letter, affected: rows.length, counted: counted.length, reason: d.reason },
    });
    return { done: true, id, preview };
  });
}

/**
 * Undoes an invalidation: every signature of its set that is still as it left them (not
 * erased by a later request, say) goes back to the state it had, and is counted again if it
 * was. Returns how many came back.
 */
export async function undoInvalidation(deps: Pick<Deps, 'db' | 'clock'>, actionId: number, by: string, reason: string): Promise<number> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const action = await forUpdate(tx, tx.selectFrom('bulk_actions').selectAll().where('id', '=', actionId)).executeTakeFirst();
    if (!action || action.action !== 'invalidate' || action.undone_at) throw new NotFoundError('signature');
    const query = tx
      .selectFrom('bulk_action_signatures as m')
      .innerJoin('signatures as s', 's.id', 'm.signature_id')
      .select(['s.id', 's.letter', 's.kind', 's.authority', 's.country', 's.area', 's.organisation_type', 's.verified_at', 'm.previous_state', 'm.previous_flag'])
      .where('m.action_id', '=', actionId)
      .where('s.state', '=', 'fraudulent')
      .where('s.flag', '=', 'invalidated')
      .orderBy('s.id');
    const rows = await forUpdate(tx, query).execute();
    for (const state of ['verified', 'pending'] as const) {
      for (const part of chunks(rows.filter((r) => r.previous_state === state))) {
        await tx.updateTable('signatures').set({ state, flag: null }).where('id', 'in', part.map((r) => r.id)).execute();
      }
    }
    const counted = rows.map((r) => ({ ...r, state: r.previous_state })).filter(isPublic);
    if (counted.length > 0) {
      await applyCountChanges(tx, counted.map((signature): CountChange => ({ signature, delta: 1 })));
      await touchList(tx, action.letter, at);
    }
    await tx.updateTable('bulk_actions').set({ undone_at: at.toISOString(), undone_by: by, undo_reason: reason }).where('id', '=', actionId).execute();
    await recordAudit(tx, {
      at,
      actor: by,
      action: 'signatures.revalidated',
      subject: { type: 'bulk_action', id: actionId },
      detail: { letter: action.letter, restored: rows.length, counted: counted.length, reason },
    });
    return rows.length;
  });
}

/** A letter's bulk decisions, newest first: the workspace shows them with their undo. */
export async function bulkHistory(deps: Pick<Deps, 'db'>, letter: string, limit = 50): Promise<BulkAction[]> {
  return deps.db.selectFrom('bulk_actions').selectAll().where('letter', '=', letter).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}
