import { z } from 'zod';
import { email, key } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';
import { locales } from '../i18n/locale.ts';
import { deliveryMethods } from './delivery.table.ts';

/**
 * What a campaigner types to record a delivery, a reply, or where to mail the pack. No Node
 * imports, so a browser could check them too.
 */
const day = z
  .string({ error: key('day.format') })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, key('day.format'))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), key('day.format'));

const line = (max: number, required: 'recipient.required' | 'sender.required') =>
  z
    .string({ error: key(required) })
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .refine((s) => s !== '', { message: key(required), abort: true })
    .refine((s) => [...s].length <= max, limited('recipient.tooLong', max));

export const deliveryInputSchema = z.object({
  delivered_on: day,
  recipient: line(200, 'recipient.required'),
  method: z.enum(deliveryMethods, { error: key('method.choose') }),
  note: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => [...s].length <= 1000, limited('note.tooLong', 1000))
    .optional()
    .transform((s) => s || undefined),
});
export type DeliveryInput = z.infer<typeof deliveryInputSchema>;

export const replyInputSchema = z.object({
  received_on: day,
  sender: line(200, 'sender.required'),
  body: z
    .string({ error: key('reply.required') })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => s !== '', { message: key('reply.required'), abort: true })
    .refine((s) => [...s].length <= 50_000, limited('reply.tooLong', 50_000)),
  lang: z.enum(locales, { error: key('reply.lang') }),
});
export type ReplyInput = z.infer<typeof replyInputSchema>;

/** Where to mail the pack: one address, as any other form takes one. */
export const packMailSchema = z.object({ email });

/** `?lang=` of a pack's PDF: Welsh when asked for, English for anything else. */
export const packQuerySchema = z.object({
  lang: z.enum(locales).catch('en').default('en').meta({ description: 'The language the pack is printed in: `en` (also for anything unknown) or `cy`.' }),
});
