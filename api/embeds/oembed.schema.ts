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
export type Oembed = {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
};
