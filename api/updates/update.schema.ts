import { z } from 'zod';
import { codePoints, key } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';

/**
 * An update as a campaigner writes it: a title and a body in English and in Welsh. The body is
 * plain text; paragraphs are kept (a blank line between them). No Node imports.
 */
export const updateTitleMax = 200;
export const updateBodyMax = 10_000;

const unprintable = /[\p{Cs}\x00-\x08\x0b-\x1f\x7f-\x9f]/u;

const title = z.preprocess(
  (v) => v ?? '',
  z
    .string({ error: key('updateTitle.notText') })
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .refine((s) => s !== '', { message: key('updateTitle.required'), abort: true })
    .refine((s) => codePoints(s) <= updateTitleMax, limited('updateTitle.tooLong', updateTitleMax))
    .refine((s) => !unprintable.test(s), key('updateTitle.unprintable')),
);

const body = z.preprocess(
  (v) => v ?? '',
  z
    .string({ error: key('updateBody.notText') })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim())
    .refine((s) => s !== '', { message: key('updateBody.required'), abort: true })
    .refine((s) => codePoints(s) <= updateBodyMax, limited('updateBody.tooLong', updateBodyMax))
    .refine((s) => !unprintable.test(s), key('updateBody.unprintable')),
);

export const updateInputSchema = z.object({ title_en: title, body_en: body, title_cy: title, body_cy: body });

export type UpdateInput = z.infer<typeof updateInputSchema>;

/** A body's paragraphs, as the mail and the page show them. */
export const paragraphs = (body: string): string[] => body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
