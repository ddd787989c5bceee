import { lockName } from '../db/dialect.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { emailKey } from '../signatures/email.ts';
import { rightsRequestSchema } from './rights.schema.ts';

/** More requests than this an hour for one address and the rest are quietly dropped: the form cannot flood a mailbox. */
export const rightsMailsPerHour = 3;
/**
 * An erase link is for now: a person reads their copy and decides, and a mail forwarded or
 * left open should not erase them days later. A withdraw link keeps its usual 7 days.
 */
export const eraseLinkHours = 24;
/** A request (and the address it was for) is deleted this long after it was made: past its link's life and the hour the cap counts. */
export const rightsRequestKeptHours = 48;

const hourMs = 60 * 60 * 1000;

/**
 * Queues the answer to "what do you hold about me?" for any well-formed address, known or not:
 * what is held is looked up only when the mail is written (rights.envelope.ts), so this does
 * the same work, in the same time, whether or not we hold anything, and the page that calls it
 * answers alike. Over the hourly cap nothing is queued, and the page answers alike again. Only a
 * malformed address is refused, which says nothing about anyone.
 */
export async function requestMyData(deps: Pick<Deps, 'db' | 'clock'>, input: unknown, locale: Locale): Promise<void> {
  const parsed = rightsRequestSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  const { email } = parsed.data;
  const key = emailKey(email);
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    // Requests past their use leave with the address they were for (their mail goes with them).
    await tx.deleteFrom('rights_requests').where('created_at', '<', new Date(now.getTime() - rightsRequestKeptHours * hourMs).toISOString()).execute();
    // One request for an address at a time, across servers, so the hour's cap is counted true.
    await lockName(tx, `rights:${key}`);
    const { n } = await tx
      .selectFrom('rights_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('email_key', '=', key)
      .where('created_at', '>', new Date(now.getTime() - hourMs).toISOString())
      .executeTakeFirstOrThrow();
    if (Number(n) >= rightsMailsPerHour) return;
    const { id } = await tx
      .insertInto('rights_requests')
      .values({ email, email_key: key, locale, created_at: now.toISOString(), hash: null, expires_at: null, used_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueMail(tx, 'rights', { rightsRequestId: id }, now);
  });
}
