import { z } from 'zod';
import { codePoints, key, paragraphsText } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';
import { locales } from '../i18n/locale.ts';

/**
 * The board's inputs: the pages' forms and the services parse with these. A post is plain text
 * that keeps its paragraphs; a title is one line. No Node imports.
 */
export const maxTitle = 200;
export const maxBoardBody = 5_000;
export const maxReportReason = 1_000;

const title = z.preprocess(
  (v) => v ?? '',
  z
    .string({ error: key('board.title.notText') })
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .refine((s) => s !== '', { message: key('board.title.required'), abort: true })
    .refine((s) => codePoints(s) <= maxTitle, limited('board.title.tooLong', maxTitle))
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), key('board.title.unprintable')),
);

const body = paragraphsText('board.body', maxBoardBody);

const lang = z.enum(locales, { error: key('board.lang.choose') });

/** A reason a person must give (a report, a coordinator's removal): trimmed, required, ≤ 1,000. */
const reason = (required: 'board.reason.required' | 'board.removal.required') =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : (v ?? '')),
    z
      .string({ error: key(required) })
      .min(1, key(required))
      .refine((s) => codePoints(s) <= maxReportReason, limited('board.reason.tooLong', maxReportReason)),
  );

export const threadInputSchema = z.object({ title, body, lang });
export const replyInputSchema = z.object({ body, lang });
export const reportInputSchema = z.object({ reason: reason('board.reason.required') });
export const removalInputSchema = z.object({ reason: reason('board.removal.required') });
export type ThreadInput = z.infer<typeof threadInputSchema>;
export type ReplyInput = z.infer<typeof replyInputSchema>;
