import { z } from 'zod';
import { blankToUndefined, codePoints, consent, email, key, name } from '../forms/fields.ts';
import { limited } from '../i18n/validation/problems.ts';
import { consentFields } from '../privacy/consent.schema.ts';

/** The formats a reader may ask a publication in; `other` needs the details. */
export const accessibleFormats = ['large_print', 'braille', 'audio', 'easy_read', 'plain_text', 'other'] as const;
export type AccessibleFormat = (typeof accessibleFormats)[number];

export const detailsMax = 1000;

const details = z.preprocess(
  blankToUndefined,
  z
    .string({ error: key('details.tooLong') })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => codePoints(s) <= detailsMax, limited('details.tooLong', detailsMax))
    .refine((s) => !/[\p{Cs}\x00-\x08\x0b-\x1f\x7f-\x9f]/u.test(s), key('details.unprintable'))
    .optional(),
);

/**
 * A reader's request for a publication in an accessible format, as the publication page's form
 * sends it. No Node imports, so a browser can run it too.
 */
export const publicationRequestSchema = z
  .object({
    name,
    email,
    format: z.preprocess(blankToUndefined, z.enum(accessibleFormats, { error: key('format.choose') })),
    details,
    consent: consent('consent.requestRequired'),
    ...consentFields,
  })
  .refine((r) => r.format !== 'other' || !!r.details, { path: ['details'], message: key('details.required') });
export type PublicationRequestInput = z.infer<typeof publicationRequestSchema>;
