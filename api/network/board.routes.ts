import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Deps } from '../deps.ts';
import { NotAMemberError, NotFoundError } from '../errors.ts';
import { findThread, listThreads, repliesOf } from './board.repository.ts';
import { publicThread, readAfter, threadSummary, writeAfter } from './board.public.ts';
import { liveMember, memberCookieName } from './member-session.service.ts';

/**
 * The members' board as JSON, for a signed-in member's own browser (the member cookie): read
 * only; writing is the pages' forms. api/http/guard.ts keeps every answer `no-store`.
 */
export const boardRoutes = (deps: Pick<Deps, 'db' | 'clock'>) =>
  new Hono()
    .use('/network/board', async (c, next) => {
      if (!(await liveMember(deps.db, getCookie(c, memberCookieName), deps.clock()))) throw new NotAMemberError();
      await next();
    })
    .use('/network/board/*', async (c, next) => {
      if (!(await liveMember(deps.db, getCookie(c, memberCookieName), deps.clock()))) throw new NotAMemberError();
      await next();
    })
    .get('/network/board', async (c) => {
      const page = await listThreads(deps.db, { after: readAfter(c.req.query('after')), limit: 25 });
      return c.json({ items: page.items.map(threadSummary), next: writeAfter(page.next) });
    })
    .get('/network/board/:id', async (c) => {
      const id = Number(c.req.param('id'));
      const thread = Number.isSafeInteger(id) && id > 0 ? await findThread(deps.db, id) : undefined;
      if (!thread) throw new NotFoundError('board_thread');
      return c.json(publicThread(thread, await repliesOf(deps.db, thread.id)));
    });
