import { z } from 'zod';
import type { Db } from '../db/database.ts';

/** What one sweep removed: counts only, never whose. */
export const removedSchema = z.strictObject({
  /** Pending signatures deleted: never confirmed in time, or of a letter past its retention date. */
  unconfirmed_signatures: z.number().int().min(0),
  /** Letters of support whose author never confirmed them in time. */
  unconfirmed_support_letters: z.number().int().min(0),
  /** Signatures of letters past their retention date that lost their contact details (and any unpublished name). */
  signatures_erased: z.number().int().min(0),
  /** Published letters of support of those letters that lost their author's contact details. */
  support_letters_erased: z.number().int().min(0),
  /** Letters of support of those letters that were never published, deleted. */
  support_letters_deleted: z.number().int().min(0),
  /** Applications to join the network never confirmed in time, or declined long enough ago (api/network/member.erasure.ts). */
  unconfirmed_members: z.number().int().min(0).default(0),
  declined_members: z.number().int().min(0).default(0),
  tokens: z.number().int().min(0),
  /** Requests for a publication in an accessible format, done more than `requestDaysKept` days ago (a run recorded before they existed has none). */
  publication_requests: z.number().int().min(0).default(0),
  mails: z.number().int().min(0),
  files: z.number().int().min(0),
  /** Readers' comments whose address was never confirmed, deleted (api/comments/comment.retention.ts); absent from runs before comments. */
  unconfirmed_comments: z.number().int().min(0).default(0),
  /** Comments whose client address was forgotten. */
  comment_addresses: z.number().int().min(0).default(0),
});
export type Removed = z.infer<typeof removedSchema>;

export const nothingRemoved = (): Removed => ({
  unconfirmed_signatures: 0,
  unconfirmed_support_letters: 0,
  signatures_erased: 0,
  support_letters_erased: 0,
  support_letters_deleted: 0,
  unconfirmed_members: 0,
  declined_members: 0,
  tokens: 0,
  publication_requests: 0,
  mails: 0,
  files: 0,
  unconfirmed_comments: 0,
  comment_addresses: 0,
});

export const removedAnything = (removed: Removed): boolean => Object.values(removed).some((n) => n > 0);

/**
 * The last sweep, in the `settings` table so every server shows it and decides from it whether
 * a sweep is due. `swept`: per letter past its retention date, the close and the list version
 * at which it held no more contact details, so the next sweeps skip it until either changes
 * (reopened and closed again, or paper signatures imported).
 */
const runSchema = z.strictObject({
  at: z.iso.datetime(),
  removed: removedSchema,
  swept: z.record(z.string(), z.string()),
});
export type RetentionRun = z.infer<typeof runSchema>;

const key = 'retention';
/** Who the audit log and the settings row name as having done it: no campaigner did. */
export const sweepActor = 'llofnod';

export async function readLastRun(db: Db): Promise<RetentionRun | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  const parsed = row && runSchema.safeParse(JSON.parse(row.value));
  return parsed?.success ? parsed.data : undefined;
}

export async function recordRun(db: Db, run: RetentionRun): Promise<void> {
  const values = { value: JSON.stringify(run), updated_at: run.at, updated_by: sweepActor };
  await db
    .insertInto('settings')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}
