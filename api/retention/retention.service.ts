import { forgetBulkCriteria } from '../abuse/bulk.repository.ts';
import type { Deps } from '../deps.ts';
import { readAllOverrides } from '../letters/letter-override.service.ts';
import { deleteHandledRequests } from '../publications/publication-request.service.ts';
import { readListVersion } from '../lists/list-version.ts';
import { forUpdate } from '../db/dialect.ts';
import { deleteMembers } from '../network/member.erasure.ts';
import { declinedMemberDays, requestDaysKept } from './retention.policy.ts';
import { dropSignatureTrail, erasedEmailKey, forgetAuditDetail } from '../signatures/erasure.ts';
import type { Signature } from '../signatures/signature.table.ts';
import { closedAt, contactsGoAt, unconfirmedBefore } from './retention.dates.ts';
import { deleteSupport, lockSignaturesAfter, lockSupportToErase, lockUnconfirmedSignatures, lockUnconfirmedSupport } from './retention.repository.ts';
import { type Kept, keptAfterClose } from './retention.rules.ts';
import { nothingRemoved, type Removed } from './retention.run.ts';
import { sweepComments } from '../comments/comment.retention.ts';

/**
 * The retention sweep (docs/operations.md, "Retention"): for every letter,
 *
 * - pending signatures and letters of support never confirmed are deleted, with their tokens,
 *   their mail and any PDF, `unconfirmedDays` after they were made;
 * - once the letter is `monthsKept` past its close, every pending one goes, every signature
 *   keeps only what `keptAfterClose` says, published letters of support lose their author's
 *   address and the others are deleted.
 *
 * Nothing it removes was ever counted or listed, and nothing listed changes, so the counters
 * and the list version stay as they are. It works in batches of `batchSize` rows, each its own
 * short transaction, with a turn of the event loop between them: on SQLite the one connection
 * is never held for longer than a batch, so signing goes on beside it. Files go after the
 * commit of the batch whose rows pointed at them.
 */
const batchSize = 200;

type Sweeping = { stopping: () => boolean };
type SweepDeps = Pick<Deps, 'db' | 'clock' | 'letters' | 'uploads'>;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Runs `batch` until it says there is no more, or the server is stopping; true when it finished. */
async function inBatches(sweeping: Sweeping, batch: () => Promise<boolean>): Promise<boolean> {
  for (;;) {
    if (sweeping.stopping()) return false;
    if (!(await batch())) return true;
    await turn();
  }
}

/** Counted once its transaction has committed. */
function add(removed: Removed, counts: Partial<Removed>): void {
  for (const [name, n] of Object.entries(counts)) removed[name as keyof Removed] += n;
}

async function removeFiles(deps: SweepDeps, keys: string[], removed: Removed): Promise<void> {
  for (const key of keys) await deps.uploads.remove(key);
  removed.files += keys.length;
}

/** Never-confirmed signatures and letters of support of one letter, made before `before`. */
async function removeUnconfirmed(deps: SweepDeps, letter: string, before: string, removed: Removed, sweeping: Sweeping): Promise<boolean> {
  const signatures = await inBatches(sweeping, async () => {
    const { ids, trail } = await deps.db.transaction().execute(async (tx) => {
      const ids = await lockUnconfirmedSignatures(tx, letter, before, batchSize);
      const trail = await dropSignatureTrail(tx, ids);
      if (ids.length > 0) await tx.deleteFrom('signatures').where('id', 'in', ids).execute();
      await forgetAuditDetail(tx, { type: 'signature', ids, letter });
      return { ids, trail };
    });
    add(removed, { unconfirmed_signatures: ids.length, ...trail });
    return ids.length === batchSize;
  });
  const support = await inBatches(sweeping, async () => {
    const { rows, mails } = await deps.db.transaction().execute(async (tx) => {
      const rows = await lockUnconfirmedSupport(tx, letter, before, batchSize);
      return { rows, mails: await deleteSupport(tx, rows.map((s) => s.id)) };
    });
    add(removed, { unconfirmed_support_letters: rows.length, mails });
    await removeFiles(deps, rows.flatMap((s) => (s.pdf ? [s.pdf] : [])), removed);
    return rows.length === batchSize;
  });
  return signatures && support;
}

/** What a letter past its retention date keeps of its signatures and letters of support (see above). */
async function eraseContacts(deps: SweepDeps, letter: string, removed: Removed, sweeping: Sweeping): Promise<boolean> {
  let afterKey = '';
  const signatures = await inBatches(sweeping, async () => {
    const { rows, changed, files, trail } = await deps.db.transaction().execute(async (tx) => {
      const rows = await lockSignaturesAfter(tx, letter, afterKey, batchSize);
      // Rows that keep alike are set alike: one statement per kind of row, not one per row.
      const alike = new Map<string, { kept: Kept; rows: Signature[] }>();
      for (const row of rows) {
        const kept = keptAfterClose(row);
        if (!kept) continue;
        const shape = JSON.stringify(Object.keys(kept).map((column) => [column, column === 'email_key' ? 'erased' : kept[column as keyof Kept]]));
        alike.set(shape, { kept, rows: [...(alike.get(shape)?.rows ?? []), row] });
      }
      const files: string[] = [];
      const changed: number[] = [];
      for (const { kept, rows: group } of alike.values()) {
        const ids = group.map((r) => r.id);
        await tx.updateTable('signatures').set(kept).where('id', 'in', ids).execute();
        changed.push(...ids);
        if (kept.logo === null) files.push(...group.flatMap((r) => (r.logo ? [r.logo] : [])));
        // The words typed about a row whose name goes (a release's reason, a rejection's, a hiding's) go with it.
        if (kept.name === '') await forgetAuditDetail(tx, { type: 'signature', ids, letter });
      }
      return { rows, changed, files, trail: await dropSignatureTrail(tx, changed) };
    });
    afterKey = rows.at(-1)?.email_key ?? afterKey;
    add(removed, { signatures_erased: changed.length, ...trail });
    await removeFiles(deps, files, removed);
    return rows.length === batchSize;
  });
  const support = await inBatches(sweeping, async () => {
    const { rows, unpublished, mails } = await deps.db.transaction().execute(async (tx) => {
      const rows = await lockSupportToErase(tx, letter, batchSize);
      const unpublished = rows.filter((s) => s.state !== 'published');
      const published = rows.filter((s) => s.state === 'published').map((s) => s.id);
      if (published.length > 0) {
        await tx.updateTable('support_letters').set({ email: '', email_key: erasedEmailKey, confirm_hash: null, confirm_expires_at: null }).where('id', 'in', published).execute();
      }
      await forgetAuditDetail(tx, { type: 'support_letter', ids: unpublished.map((s) => s.id), letter });
      const waiting = published.length ? Number((await tx.deleteFrom('outbox').where('support_id', 'in', published).executeTakeFirst()).numDeletedRows) : 0;
      return { rows, unpublished, mails: waiting + (await deleteSupport(tx, unpublished.map((s) => s.id))) };
    });
    add(removed, { support_letters_deleted: unpublished.length, support_letters_erased: rows.length - unpublished.length, mails });
    await removeFiles(deps, unpublished.flatMap((s) => (s.pdf ? [s.pdf] : [])), removed);
    return rows.length === batchSize;
  });
  // A campaigner's bulk decisions may have chosen by a signer's address: that goes with the rest.
  if (signatures && support) await forgetBulkCriteria(deps.db, letter);
  return signatures && support;
}

/**
 * One sweep over every letter. `swept` is what the last one found done (`RetentionRun`); answers
 * what this one removed and what it found done, for the next. Counts are of committed batches,
 * so a sweep stopped midway (the server stopping) still says what it did.
 */
export async function sweep(
  deps: SweepDeps,
  swept: Record<string, string>,
  sweeping: Sweeping,
  removed: Removed = nothingRemoved(),
): Promise<{ removed: Removed; swept: Record<string, string>; finished: boolean }> {
  const now = deps.clock();
  removed.publication_requests += await deleteHandledRequests(deps.db, new Date(now.getTime() - requestDaysKept * 86_400_000));
  const overrides = await readAllOverrides(deps.db);
  const done: Record<string, string> = {};
  for (const letter of deps.letters.list()) {
    const override = overrides.get(letter.slug);
    const goAt = contactsGoAt(letter, override);
    const due = goAt !== undefined && goAt <= now;
    // Past its retention date, a letter's pending signatures all go, however recent.
    if (!(await removeUnconfirmed(deps, letter.slug, (due ? now : unconfirmedBefore(now)).toISOString(), removed, sweeping))) {
      return { removed, swept: done, finished: false };
    }
    if (!due) continue;
    // Read before the pass: paper signatures imported during it change the version, so the next sweep looks again.
    const mark = `${closedAt(letter, override)?.toISOString()}|${(await readListVersion(deps.db, letter.slug)).version}`;
    if (swept[letter.slug] !== mark && !(await eraseContacts(deps, letter.slug, removed, sweeping))) {
      return { removed, swept: done, finished: false };
    }
    done[letter.slug] = mark;
  }
  if (!(await removeMembers(deps, removed, sweeping))) return { removed, swept: done, finished: false };
  // Readers' comments belong to no letter: one pass after them.
  add(removed, await sweepComments(deps));
  return { removed, swept: done, finished: true };
}

/** The network's applications never confirmed within `unconfirmedDays`, and those declined `declinedMemberDays` ago. */
async function removeMembers(deps: SweepDeps, removed: Removed, sweeping: Sweeping): Promise<boolean> {
  const now = deps.clock();
  const rules = [
    { state: 'unconfirmed', column: 'created_at', before: unconfirmedBefore(now), count: 'unconfirmed_members' },
    { state: 'declined', column: 'decided_at', before: new Date(now.getTime() - declinedMemberDays * 86_400_000), count: 'declined_members' },
  ] as const;
  for (const rule of rules) {
    const finished = await inBatches(sweeping, async () => {
      const { ids, mails } = await deps.db.transaction().execute(async (tx) => {
        const rows = await forUpdate(tx, tx.selectFrom('members').select('id').where('state', '=', rule.state).where(rule.column, '<', rule.before.toISOString()).orderBy('id').limit(batchSize)).execute();
        const ids = rows.map((r) => r.id);
        return { ids, mails: await deleteMembers(tx, ids) };
      });
      add(removed, { [rule.count]: ids.length, mails });
      return ids.length === batchSize;
    });
    if (!finished) return false;
  }
  return true;
}
