import { InvalidInputError } from '../errors.ts';
import type { ValidationKey } from '../i18n/validation/en.ts';

/** The largest logo accepted, as sent. */
export const logoMaxBytes = 1024 * 1024;
/** The box a logo is shrunk to fit: the list shows it far smaller, and a small file is quick to serve. */
export const logoBox = 400;
/**
 * Wider or higher than this is refused before decoding: a megabyte of PNG can describe an image
 * of billions of pixels, which would take the server's memory to decode.
 */
export const logoMaxSide = 5000;

/** The formats accepted, by the bytes each file starts with: never the file's name or the type the browser declared. */
const magic: Record<'png' | 'jpeg' | 'webp', (b: Uint8Array) => boolean> = {
  png: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
};
const ascii = (b: Uint8Array, from: number, to: number) => Buffer.from(b.subarray(from, to)).toString('latin1');

const refuse = (key: ValidationKey, limit?: number): never => {
  throw new InvalidInputError({ logo: limit === undefined ? { key } : { key, limit } });
};

/**
 * A logo made safe to publish: the format checked from its first bytes, decoded in full (a file
 * that does not decode cleanly is refused), turned upright, stripped of its metadata (a phone's
 * photo carries where it was taken), shrunk to fit `logoBox` (never enlarged) and re-encoded as
 * WebP, so what is served is always the server's own file, never the one sent.
 */
export async function prepareLogo(bytes: Uint8Array): Promise<Buffer> {
  if (bytes.byteLength > logoMaxBytes) refuse('logo.tooBig', logoMaxBytes / (1024 * 1024));
  const format = (Object.keys(magic) as (keyof typeof magic)[]).find((f) => magic[f](bytes));
  if (!format) return refuse('logo.type');
  const options = { failOn: 'error', limitInputPixels: logoMaxSide * logoMaxSide } as const;
  // Loaded when first needed, as for the share image.
  const { default: sharp } = await import('sharp');
  try {
    const { format: read, width = 0, height = 0 } = await sharp(bytes, options).metadata();
    if (read !== format) return refuse('logo.unreadable');
    if (width > logoMaxSide || height > logoMaxSide) return refuse('logo.dimensions', logoMaxSide);
    // sharp writes no metadata unless asked to; rotate() first applies the EXIF orientation that goes with it.
    return await sharp(bytes, options)
      .rotate()
      .resize(logoBox, logoBox, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    return refuse('logo.unreadable');
  }
}

/**
 * The logo field of a form as sent: nothing when no file was chosen (a browser sends an empty
 * file input as an empty, nameless file), else the prepared logo. Text in its place is no image.
 */
export async function logoFromField(value: unknown): Promise<Buffer | undefined> {
  if (value === undefined || value === null || value === '') return undefined;
  if (!(value instanceof Blob)) return refuse('logo.type');
  if (value.size === 0) return undefined;
  // Judged before reading: the size the body limit let through is still more than a logo may be.
  if (value.size > logoMaxBytes) refuse('logo.tooBig', logoMaxBytes / (1024 * 1024));
  return prepareLogo(new Uint8Array(await value.arrayBuffer()));
}
