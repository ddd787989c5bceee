import { z } from 'zod';
import { parseRange } from './client-address.ts';

/** What a bulk decision's form may get wrong; the page says each in its own words. */
export type BulkProblem = 'range' | 'domain' | 'from' | 'to' | 'order' | 'nothing';

/** Empty means "not chosen by this", as a form sends an untouched field. */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

const localTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const domain = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * How a campaigner chooses the signatures of one letter a bulk decision moves: where they were
 * sent from (an address or a range, IPv4 or IPv6), the domain of their email address (exactly:
 * `example.org` does not take `mail.example.org`), and when they were made (times in Wales, as
 * the form's date and time fields send them; `to` is not included). At least one.
 */
export const bulkCriteriaSchema = z
  .object({
    range: optional(64).refine((s) => s === undefined || parseRange(s) !== undefined, 'range'),
    domain: optional(254)
      .transform((s) => s?.toLowerCase().replace(/^@/, ''))
      .refine((s) => s === undefined || domain.test(s), 'domain'),
    from: optional(16).refine((s) => s === undefined || localTime.test(s), 'from'),
    to: optional(16).refine((s) => s === undefined || localTime.test(s), 'to'),
  })
  .refine((c) => c.range || c.domain || c.from || c.to, { message: 'nothing', path: ['range'] })
  .refine((c) => !(c.from && c.to) || c.from < c.to, { message: 'order', path: ['to'] });

export type BulkCriteria = z.infer<typeof bulkCriteriaSchema>;

/** The form's fields as they were sent, or the first problem with each. */
export function readBulkCriteria(fields: Record<string, unknown>): { criteria: BulkCriteria } | { problems: Partial<Record<keyof BulkCriteria, BulkProblem>> } {
  const parsed = bulkCriteriaSchema.safeParse(fields);
  if (parsed.success) return { criteria: parsed.data };
  const problems: Partial<Record<keyof BulkCriteria, BulkProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof BulkCriteria;
    problems[field] ??= (['range', 'domain', 'from', 'to', 'order', 'nothing'].includes(issue.message) ? issue.message : field) as BulkProblem;
  }
  return { problems };
}
