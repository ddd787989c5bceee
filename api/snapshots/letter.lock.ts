import type { Db } from '../db/database.ts';
import { withLease } from '../locks/lease.ts';

/**
 * One thing at a time per letter, across every app server on the database: freezing its list,
 * and amending its snapshots for a data request together with the change itself. Two "cite
 * this list" presses at once make one snapshot (the second finds nothing changed), and no
 * snapshot is frozen between a person's line being taken out of the old ones and their name
 * leaving the list. The work streams files between transactions, so it holds a lease, not a
 * transaction's lock.
 */
export const withLetterLock = <T>(db: Db, letter: string, work: () => Promise<T>): Promise<T> => withLease(db, `letter:${letter}`, work);
