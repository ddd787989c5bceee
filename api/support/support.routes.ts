import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { numericId, pdfDownloadHeaders } from '../http/download.ts';
import { NotFoundError } from '../errors.ts';
import { preferredLocale, readBody } from '../http/body.ts';
import { publicCache } from '../http/cache.ts';
import { openLetter } from '../letters/letter.service.ts';
import { parseTokenInput } from '../signatures/signature.service.ts';
import { findSupport } from './support.repository.ts';
import { publicSupportPdf, publishedSupport, supportPdf } from './support.published.ts';
import { confirmSupport, parseSupportSubmission, submitSupport } from './support.service.ts';

const pdfHeaders = (id: number, cache: string) => pdfDownloadHeaders(`letter-of-support-${id}.pdf`, cache);

export const supportRoutes = (deps: Deps) =>
  new Hono()
    .post('/letters/:slug/support', async (c) => {
      // As for signatures: an unknown or closed letter is said before any field.
      const slug = (await openLetter(deps, c.req.param('slug'))).slug;
      const submission = await parseSupportSubmission(await readBody(c));
      await submitSupport(deps, slug, submission, preferredLocale(c.req.header('accept-language')));
      return c.json({ status: 'pending' as const }, 202);
    })
    .get('/letters/:slug/support', publicCache(deps), async (c) => c.json({ items: await publishedSupport(deps, c.req.param('slug')) }))
    .get('/letters/:slug/support/:id/letter.pdf', async (c) => {
      const id = numericId(c.req.param('id'));
      const { bytes } = await publicSupportPdf(deps, c.req.param('slug'), id);
      return c.body(new Uint8Array(bytes), 200, pdfHeaders(id, 'public, max-age=300'));
    })
    .post('/support/confirm', async (c) => {
      const { letter } = await confirmSupport(deps, parseTokenInput(await readBody(c)));
      return c.json({ status: 'awaiting_approval' as const, letter: letter.slug });
    })
    // Under /api/admin, so the session gate in createApi stands before it: campaigners read every PDF before deciding.
    .get('/admin/support/:id/letter.pdf', async (c) => {
      const id = numericId(c.req.param('id'));
      const support = await findSupport(deps.db, id);
      if (!support) throw new NotFoundError('support');
      return c.body(new Uint8Array(await supportPdf(deps, support)), 200, pdfHeaders(id, 'private, no-store'));
    });
