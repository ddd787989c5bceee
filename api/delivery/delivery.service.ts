import { recordAudit } from '../admin/audit.repository.ts';
import type { Deps } from '../deps.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { fieldProblems } from '../i18n/validation/problems.ts';
import { parseWithPdf } from '../uploads/pdf.ts';
import { findLetter } from '../letters/letter.service.ts';
import { campaignDay, isoDay } from '../letters/letter.time.ts';
import { takeSnapshot } from '../snapshots/snapshot.service.ts';
import { type DeliveryInput, type ReplyInput, deliveryInputSchema, replyInputSchema } from './delivery.schema.ts';
import type { Delivery, Reply } from './delivery.table.ts';

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new InvalidInputError(fieldProblems(parsed.error));
  return parsed.data;
}

export const parseDelivery = (body: unknown): DeliveryInput => parse(deliveryInputSchema, body);

export type ReplySubmission = { input: ReplyInput; pdf: Uint8Array | undefined };

/** The reply as a campaigner sends it, with its optional PDF (`pdf`, a file): every problem named at once. */
export const parseReply = (body: Record<string, unknown>): Promise<ReplySubmission> => parseWithPdf(replyInputSchema, body);

/**
 * Records a delivery with the list as it stands now: a snapshot of it (a fresh one, or the last
 * if nothing changed since), whose counts the delivery keeps, and its audit entry.
 */
export async function recordDelivery(deps: Deps, slug: string, input: DeliveryInput, by: string): Promise<Delivery> {
  findLetter(deps, slug);
  const { snapshot } = await takeSnapshot(deps, slug, { asItStands: true });
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    // The snapshot's counts, not the counters': what the delivery says it carried is what its snapshot lists.
    const { total, organisations, individuals } = snapshot;
    const row = {
      letter: slug,
      delivered_on: input.delivered_on,
      recipient: input.recipient,
      method: input.method,
      note: input.note ?? null,
      total,
      organisations,
      individuals,
      list_as_of: now.toISOString(),
      recorded_by: by,
      recorded_at: now.toISOString(),
      snapshot_id: snapshot.id,
    };
    const { id } = await tx.insertInto('deliveries').values(row).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, { at: now, actor: by, action: 'letter.delivered', subject: { type: 'letter', id: slug }, detail: { delivery: id, method: input.method, total, snapshot: snapshot.id } });
    return { id, ...row };
  });
}

/**
 * Records the recipient's answer, published at once on the letter's page; audited in the same
 * transaction. Its PDF is kept (synced) before the row that points at it, and removed again if
 * the row is not kept.
 */
export async function recordReply(deps: Deps, slug: string, { input, pdf }: ReplySubmission, by: string): Promise<Reply> {
  findLetter(deps, slug);
  const now = deps.clock();
  const pdfKey = pdf ? await deps.uploads.save('reply-pdf', pdf) : null;
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const row = { letter: slug, received_on: input.received_on, sender: input.sender, body: input.body, lang: input.lang, pdf: pdfKey, recorded_by: by, recorded_at: now.toISOString() };
      const { id } = await tx.insertInto('replies').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(tx, { at: now, actor: by, action: 'letter.replied', subject: { type: 'letter', id: slug }, detail: { reply: id } });
      return { id, ...row };
    });
  } catch (error) {
    if (pdfKey) await deps.uploads.remove(pdfKey);
    throw error;
  }
}

/** A reply's PDF, for anyone: replies are published whole. */
export async function replyPdf(deps: Pick<Deps, 'db' | 'uploads'>, slug: string, id: number): Promise<Buffer> {
  const reply = await deps.db.selectFrom('replies').select(['letter', 'pdf']).where('id', '=', id).executeTakeFirst();
  const bytes = reply?.letter === slug && reply.pdf ? await deps.uploads.read(reply.pdf) : undefined;
  if (!bytes) throw new NotFoundError('reply');
  return bytes;
}

/** What happened to a letter, oldest first: the public timeline on its page. */
export type TimelineEvent =
  | { kind: 'opened'; on: string }
  | { kind: 'delivered'; id: number; on: string; method: Delivery['method']; recipient: string; total: number; snapshot: string | null }
  | { kind: 'awaiting'; since: string; days: number }
  | { kind: 'replied'; on: string; reply: Pick<Reply, 'id' | 'sender' | 'body' | 'lang' | 'received_on'>; pdfUrl: string | null };

const dayMs = 86_400_000;

export const replyPdfPath = (slug: string, id: number) => `/api/letters/${slug}/replies/${id}/reply.pdf`;

export async function letterTimeline(deps: Pick<Deps, 'db' | 'letters' | 'clock'>, slug: string): Promise<TimelineEvent[]> {
  const letter = findLetter(deps, slug);
  const deliveries = await deps.db.selectFrom('deliveries').selectAll().where('letter', '=', slug).orderBy('delivered_on').orderBy('id').execute();
  const replies = await deps.db.selectFrom('replies').selectAll().where('letter', '=', slug).orderBy('received_on').orderBy('id').execute();
  const events: TimelineEvent[] = [{ kind: 'opened', on: isoDay(letter.opens) }];
  for (const d of deliveries) events.push({ kind: 'delivered', id: d.id, on: d.delivered_on, method: d.method, recipient: d.recipient, total: d.total, snapshot: d.snapshot_id });
  for (const r of replies) events.push({ kind: 'replied', on: r.received_on, reply: r, pdfUrl: r.pdf ? replyPdfPath(slug, r.id) : null });
  events.sort((a, b) => ('on' in a ? a.on : a.since).localeCompare('on' in b ? b.on : b.since));
  const firstDelivery = deliveries[0];
  if (firstDelivery && replies.length === 0) {
    // Counted in whole days in Wales, from the day it was first delivered.
    const days = Math.max(0, Math.floor((Date.parse(`${campaignDay(deps.clock())}T00:00:00Z`) - Date.parse(`${firstDelivery.delivered_on}T00:00:00Z`)) / dayMs));
    events.push({ kind: 'awaiting', since: firstDelivery.delivered_on, days });
  }
  return events;
}
