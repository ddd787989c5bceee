import { z } from 'zod';

/**
 * The query of `GET /api/oembed` (oembed.com, section 2.2). `format` is read as any string,
 * so that a format we do not offer gets oEmbed's own answer (501), not a validation error.
 */
export const oembedQuerySchema = z.object({
  url: z.string().trim().min(1).max(2048),
  maxwidth: z.coerce.number().int().min(1).optional(),
  maxheight: z.coerce.number().int().min(1).optional(),
  format: z.string().default('json'),
});
export type OembedQuery = z.infer<typeof oembedQuerySchema>;

/** The answer: a "rich" oEmbed whose html is an iframe of the letter's widget. */
export const oembedSchema = z.strictObject({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  provider_name: z.string(),
  provider_url: z.string(),
  title: z.string(),
  html: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  thumbnail_url: z.string().optional(),
  thumbnail_width: z.number().int().positive().optional(),
  thumbnail_height: z.number().int().positive().optional(),
});
export type Oembed = z.infer<typeof oembedSchema>;
