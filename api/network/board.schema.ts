import { z } from 'zod';
import { codePoints, key } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';
import { locales } from '../i18n/locale.ts';

/**
 * The board's inputs: the pages' forms and the services parse with these. A post is plain text
 * that keeps its paragraphs; a title is one line. No Node imports.
 */
export const maxTitle = 200;
export const maxBoardBody = 5_000;
export const maxReportReason = 1_000;

const unprintable = /[\p{Cs}\x00-\x08\x0b-\x1f\x7f-\x9f]/u;
const tidyParagraphs = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();

const title = z.preprocess(
  (v) => v ?? '',
  z
    .string({ error: key('board.title.notText') })
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .refine((s) => s !== '', { message: key('board.title.required'), abort: true })
    .refine((s) => codePoints(s) <= maxTitle, limited('board.title.tooLong', maxTitle))
    .refine((s) => !/[\p{Cc}\p{Cs}]/u.test(s), key('board.title.unprintable')),
);

const body = z.preprocess(
  (v) => v ?? '',
  z
    .string({ error: key('board.body.notText') })
    .transform(tidyParagraphs)
    .refine((s) => s !== '', { message: key('board.body.required'), abort: true })
    .refine((s) => codePoints(s) <= maxBoardBody, limited('board.body.tooLong', maxBoardBody))
    .refine((s) => !unprintable.test(s), key('board.body.unprintable')),
);

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
