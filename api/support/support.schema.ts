import { z } from 'zod';
import { blankToUndefined, consent, country, email, key, name, paragraphsText, publicText, requiredPublicText, text } from '../forms/fields.ts';
import { consentFields } from '../privacy/consent.schema.ts';
import { publishLevels } from './support.table.ts';

/**
 * The one description of a letter of support as sent: the page's form, `POST
 * /api/letters/:slug/support` and the service all parse with it. The PDF travels beside it
 * (api/support/pdf.ts checks its bytes). No Node imports, so a browser can run it too.
 */

export const bodyMax = 20_000;
export const extractMax = 300;

const body = paragraphsText('body', bodyMax);

const extract = z.preprocess(
  (v) => v ?? '',
  text('extract', extractMax).refine((s) => s !== '', { message: key('extract.required'), abort: true }),
);

export const supportInputSchema = z.object({
  author_name: name,
  role: requiredPublicText('role', 200),
  organisation: publicText('organisation', 200),
  country,
  email,
  body,
  extract,
  publish: z.preprocess(blankToUndefined, z.enum(publishLevels, { error: key('publish.choose') })),
  consent: consent('consent.letterRequired'),
  ...consentFields,
});

export type SupportInput = z.infer<typeof supportInputSchema>;

/** What a campaigner may change before publishing: the extract, within the same limits. */
export const extractEditSchema = z.object({ extract });

/**
 * A published letter of support as anyone may read it (the page, `GET /api/letters/:slug/support`):
 * what its author allowed and nothing more.
 */
export const publicSupportSchema = z.strictObject({
  id: z.number().int().positive(),
  author_name: z.string(),
  role: z.string(),
  organisation: z.string().nullable(),
  country: z.string(),
  extract: z.string(),
  body: z.string().optional().meta({ description: 'Only when the author allowed the full letter.' }),
  pdf_url: z.string().optional().meta({ description: 'Only for a letter published in full with a PDF: a path on this site.' }),
  notable: z.boolean(),
  published_at: z.iso.datetime(),
});
export type PublicSupport = z.infer<typeof publicSupportSchema>;

export const supportListSchema = z.strictObject({ items: z.array(publicSupportSchema) });

/** `POST /api/support/confirm`: the author's email is confirmed; a campaigner reads it next. */
export const supportConfirmedSchema = z.strictObject({ status: z.literal('awaiting_approval'), letter: z.string() });
