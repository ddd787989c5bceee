import { lockName } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, NotFoundError, TooManyReportsError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { countOpenReports, lockComment, reportsSince, updateComment } from './comment-moderation.repository.ts';
import { type ReportInput, reportInputSchema } from './comment-report.schema.ts';
import { defaultModerationPolicy } from './moderation.policy.ts';
import { reporterKey } from './reporter-key.ts';

export function parseReport(body: unknown): ReportInput {
  const parsed = reportInputSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data;
}

/** What a report keeps: the reason, then on the lines below it the reader's own words, if any. */
export const reportText = (input: ReportInput) => (input.details ? `${input.reason}\n${input.details}` : input.reason);

/** A stored report's reason and words, as reportText wrote them. */
export function readReport(text: string): { reason: string; details: string | undefined } {
  const at = text.indexOf('\n');
  return at < 0 ? { reason: text, details: undefined } : { reason: text.slice(0, at), details: text.slice(at + 1) };
}

/**
 * A reader reports a published comment. The same person twice counts once (and is not told
 * so); once open reports from `reportsToHide` different people stand, the comment is hidden
 * until a campaigner decides. Only a published comment can be reported: any other answers as
 * an unknown one. `address`: the reader's, as api/abuse/client-address.ts found it.
 */
export async function reportComment(deps: Pick<Deps, 'db' | 'clock' | 'moderation'>, id: number, body: unknown, address: string | undefined): Promise<{ hidden: boolean }> {
  const input = parseReport(body);
  const policy = deps.moderation ?? defaultModerationPolicy;
  const key = await reporterKey(deps.db, address);
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const comment = await lockComment(tx, id);
    if (!comment || comment.state !== 'published') throw new NotFoundError('comment');
    await lockName(tx, `comment-report\n${key}`);
    const since = new Date(at.getTime() - 3_600_000).toISOString();
    if ((await reportsSince(tx, key, since)) >= policy.reportsPerHour) throw new TooManyReportsError();
    await tx
      .insertInto('comment_reports')
      .values({ comment_id: id, reporter_key: key, reason: reportText(input), created_at: at.toISOString() })
      .onConflict((oc) => oc.columns(['comment_id', 'reporter_key']).doNothing())
      .execute();
    if (comment.hidden_at) return { hidden: true };
    if ((await countOpenReports(tx, id)) < policy.reportsToHide) return { hidden: false };
    await updateComment(tx, id, { hidden_at: at.toISOString() });
    return { hidden: true };
  });
}
