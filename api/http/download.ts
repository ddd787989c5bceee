/**
 * The headers of every PDF the API serves (a reply, a letter of support, a pack): always a
 * download under a name of ours, never shown inline in the site's origin, never sniffed as
 * anything else.
 */
export const pdfDownloadHeaders = (fileName: string, cacheControl: string) => ({
  'Content-Type': 'application/pdf',
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': cacheControl,
});

/** A row id from an address, or 0 (no row has it) for anything but a plain positive integer: never NaN, never a float. */
export const numericId = (raw: string) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : 0);
