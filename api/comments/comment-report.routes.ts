import { Hono } from 'hono';
import { clientAddress } from '../abuse/client-address.ts';
import { defaultAbusePolicy } from '../abuse/sign-limits.ts';
import type { Deps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { readBody } from '../http/body.ts';
import { numericId } from '../http/download.ts';
import { peerOf } from '../signatures/signature.routes.ts';
import { reportComment } from './comment-report.service.ts';

export const commentReportRoutes = (deps: Deps) =>
  new Hono().post('/comments/:id/reports', async (c) => {
    const id = numericId(c.req.param('id'));
    if (!id) throw new NotFoundError('comment');
    const address = clientAddress(peerOf(c), c.req.header('x-forwarded-for'), (deps.abuse ?? defaultAbusePolicy).trustProxy);
    await reportComment(deps, id, await readBody(c), address);
    // The same answer whether this reader had reported it before and whether it is now hidden.
    return c.json({ status: 'received' as const }, 202);
  });
