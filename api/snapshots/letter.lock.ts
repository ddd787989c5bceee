import type { Db } from '../db/database.ts';

/**
 * One thing at a time per letter, within this server: freezing its list, and amending its
 * snapshots for a data request together with the change itself. Two "cite this list" presses
 * at once make one snapshot (the second finds nothing changed), and no snapshot is frozen
 * between a person's line being taken out of the old ones and their name leaving the list.
 * Keyed by database, so test apps side by side never wait on each other.
 */
const queues = new WeakMap<Db, Map<string, Promise<unknown>>>();

export async function withLetterLock<T>(db: Db, letter: string, work: () => Promise<T>): Promise<T> {
  let byLetter = queues.get(db);
  if (!byLetter) queues.set(db, (byLetter = new Map()));
  const before = byLetter.get(letter) ?? Promise.resolve();
  const mine = before.catch(() => undefined).then(work);
  const tail = mine.catch(() => undefined);
  byLetter.set(letter, tail);
  try {
    return await mine;
  } finally {
    // The last in the queue tidies up, so an idle letter holds nothing.
    if (byLetter.get(letter) === tail) byLetter.delete(letter);
  }
}
