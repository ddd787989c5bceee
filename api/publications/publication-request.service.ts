import { recordAudit } from '../admin/audit.repository.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { consentRecord } from '../privacy/consent.schema.ts';
import { emailKey } from '../signatures/email.ts';
import { publicationRequestSchema } from './publication-request.schema.ts';
import type { PublicationRequest } from './publication-request.table.ts';

/**
 * Requests for a publication in an accessible format: a reader asks on the publication's page,
 * a campaigner sees the open ones in the workspace (/admin/publication-requests), answers from
 * the campaign's mailbox and marks the request done. A data request finds and erases them by
 * address; the retention sweep deletes done ones after `requestDaysKept` days
 * (api/retention/retention.policy.ts).
 */

/** Keeps a request; the page has checked that the publication exists. Throws InvalidInputError with the fields named. */
export async function requestAccessibleFormat(deps: Pick<Deps, 'db' | 'clock'>, publication: string, body: Record<string, unknown>, locale: Locale): Promise<void> {
  const parsed = publicationRequestSchema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const input = parsed.data;
  const now = deps.clock();
  await deps.db
    .insertInto('publication_requests')
    .values({
      publication,
      locale,
      name: input.name,
      email: input.email,
      email_key: emailKey(input.email),
      format: input.format,
      details: input.details ?? null,
      ...consentRecord(input, now),
      created_at: now.toISOString(),
      done_at: null,
    })
    .execute();
}

/** Open requests, oldest first: the order to answer them in. */
export const openRequests = (db: Db): Promise<PublicationRequest[]> =>
  db.selectFrom('publication_requests').selectAll().where('done_at', 'is', null).orderBy('created_at').orderBy('id').execute();

export async function countOpenRequests(db: Db): Promise<number> {
  const { n } = await db.selectFrom('publication_requests').select((eb) => eb.fn.countAll().as('n')).where('done_at', 'is', null).executeTakeFirstOrThrow();
  return Number(n);
}

/** A campaigner has sent the format: the request leaves the open list (audited without who asked). */
export async function markRequestDone(deps: Pick<Deps, 'db' | 'clock'>, id: number, by: string): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('publication_requests').select(['publication', 'format']).where('id', '=', id).where('done_at', 'is', null).executeTakeFirst();
    if (!row) throw new NotFoundError('publication_request');
    await tx.updateTable('publication_requests').set({ done_at: at.toISOString() }).where('id', '=', id).execute();
    await recordAudit(tx, { at, actor: by, action: 'publication_request.done', subject: { type: 'publication_request', id }, detail: { publication: row.publication, format: row.format } });
  });
}

/** Every request under an address (by its emailKey, as signatures are found), oldest first. */
export const requestsByEmailKey = (db: Db, key: string): Promise<PublicationRequest[]> =>
  db.selectFrom('publication_requests').selectAll().where('email_key', '=', key).orderBy('created_at').orderBy('id').execute();

/** Deletes every request under an address, inside the caller's transaction; answers how many went. */
export async function eraseRequestsIn(tx: Db, key: string): Promise<number> {
  const { numDeletedRows } = await tx.deleteFrom('publication_requests').where('email_key', '=', key).executeTakeFirst();
  return Number(numDeletedRows);
}

/** The retention sweep's part: requests done before `before` are deleted. */
export async function deleteHandledRequests(db: Db, before: Date): Promise<number> {
  const { numDeletedRows } = await db.deleteFrom('publication_requests').where('done_at', 'is not', null).where('done_at', '<', before.toISOString()).executeTakeFirst();
  return Number(numDeletedRows);
}

/** A data request's erasure (the workspace's or the person's own link): every request under an address goes, audited as one action. */
export async function erasePublicationRequests(deps: Pick<Deps, 'db' | 'clock'>, email: string, by: string, reason: string): Promise<number> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const erased = await eraseRequestsIn(tx, emailKey(email.trim()));
    if (erased > 0) await recordAudit(tx, { at, actor: by, action: 'data.erased', subject: { type: 'publication_request' }, detail: { reason, publication_requests: erased } });
    return erased;
  });
}
