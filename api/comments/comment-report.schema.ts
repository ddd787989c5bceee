import { z } from 'zod';
import { blankToUndefined, codePoints, key } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';

/**
 * A reader's report of a comment, as the report page's form and `POST /api/comments/:id/reports`
 * send it: one of a few fixed reasons and, if they like, a few words. No Node imports.
 */
export const reportReasons = ['spam', 'abusive', 'personal', 'off_topic', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];
export const reportDetailsMax = 500;

const details = z.preprocess(
  blankToUndefined,
  z
    .string({ error: key('reportDetails.unprintable') })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => codePoints(s) <= reportDetailsMax, limited('reportDetails.tooLong', reportDetailsMax))
    .refine((s) => !/[\p{Cs}\x00-\x09\x0b-\x1f\x7f-\x9f]/u.test(s), key('reportDetails.unprintable'))
    .optional(),
);

export const reportInputSchema = z.object({
  reason: z.enum(reportReasons, { error: key('reportReason.choose') }),
  details,
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reportReceivedSchema = z.strictObject({ status: z.literal('received') });
