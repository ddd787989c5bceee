import { createHash } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { signatoryCsvLine } from '../signatories/signatory.csv.ts';
import { type SignatoryRow, signatoryColumns, toSignatory } from '../signatories/signatory.repository.ts';
import { withLetterLock } from './letter.lock.ts';
import { snapshotById, snapshotsOf, switchToAmended } from './snapshot.repository.ts';
import { hashed } from './snapshot.service.ts';
import { replaced } from './text-stream.ts';
import type { Snapshot } from './snapshot.table.ts';

/** Reads a snapshot's CSV for a line, stopping at the first: most snapshots never listed the person. */
async function lists(deps: Pick<Deps, 'uploads'>, file: string, line: string): Promise<boolean> {
  const source = await deps.uploads.stream(file);
  if (!source) return false;
  const found = { n: 0 };
  for await (const _ of replaced(source, line, line, found)) if (found.n > 0) break;
  return found.n > 0;
}

/**
 * One snapshot's CSV with a line replaced, as a new file (written and synced) that the row is
 * then switched to; the old file goes after. A reader sees the old file or the new, never half
 * of one, and the row's hash always matches the file it points at.
 */
async function amendOne(deps: Pick<Deps, 'db' | 'uploads' | 'clock'>, snapshot: Snapshot, from: string, to: string): Promise<void> {
  let current: Snapshot | undefined = snapshot;
  while (current && (await lists(deps, current.file, from))) {
    const source = await deps.uploads.stream(current.file);
    if (!source) return;
    const hash = createHash('sha256');
    const file = await deps.uploads.saveStream('snapshot', hashed(replaced(source, from, to, { n: 0 }), hash));
    if (await switchToAmended(deps.db, current, { file, sha256: hash.digest('hex'), at: deps.clock().toISOString() })) {
      return deps.uploads.remove(current.file);
    }
    // Another server amended it meanwhile: amend the file it points at now.
    await deps.uploads.remove(file);
    current = await snapshotById(deps.db, snapshot.id);
  }
}

/**
 * A data request's change to one signature, with its line taken out of the letter's snapshots
 * first: the line as the public CSV writes it now, and as it will write it after `change`, both
 * by the same function the export uses, so only that exact line changes. Run under the letter's
 * lock, so no snapshot is frozen between the files being amended and `commit` taking the name
 * off the list. If amending fails nothing is committed and the request can be made again; if the
 * commit fails, the snapshots stay amended (a name hidden too soon, never one shown too long).
 */
export async function withSnapshotsAmended<T>(
  deps: Pick<Deps, 'db' | 'uploads' | 'clock'>,
  signatureId: number,
  change: (row: SignatoryRow) => SignatoryRow,
  commit: () => Promise<T>,
): Promise<T> {
  const owner = await deps.db.selectFrom('signatures').select('letter').where('id', '=', signatureId).executeTakeFirst();
  if (!owner) return commit();
  return withLetterLock(deps.db, owner.letter, async () => {
    const row = await deps.db.selectFrom('signatures').select(signatoryColumns).where('id', '=', signatureId).executeTakeFirstOrThrow();
    const before = signatoryCsvLine(toSignatory(row, owner.letter));
    const after = signatoryCsvLine(toSignatory(change(row), owner.letter));
    // Never confirmed, never listed. Otherwise every snapshot of the letter is read, not only those
    // made after `signed_at`: a confirmation landing while a snapshot is written can be in it with a later time.
    if (before !== after && row.verified_at) {
      for (const snapshot of await snapshotsOf(deps.db, owner.letter)) {
        // "\n" before the line: only a whole line matches, never the tail of a longer one.
        await amendOne(deps, snapshot, `\n${before}`, `\n${after}`);
      }
    }
    return commit();
  });
}
