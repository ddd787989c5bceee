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
