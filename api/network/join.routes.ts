import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Deps } from '../deps.ts';
import { firstValues, preferredLocale, readBody } from '../http/body.ts';
import { publicCache } from '../http/cache.ts';
import { parseTokenInput } from '../signatures/signature.service.ts';
import { activeCounts } from './join.repository.ts';
import { confirmMember, joinNetwork, parseMemberInput } from './join.service.ts';

/** The fields a form may send more than once (a box per choice); every other field keeps its first value. */
const listFields = ['practices', 'shown'];

/** JSON as it is; a form with its ticked boxes as lists. */
async function readApplication(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return readBody(c);
  const all = await c.req.parseBody({ all: true }).catch(() => readBody(c));
  return { ...firstValues(all), ...Object.fromEntries(listFields.filter((f) => f in all).map((f) => [f, all[f]])) };
}

export const networkRoutes = (deps: Deps) =>
  new Hono()
    .get('/network', publicCache(deps), async (c) => {
      const { individuals, organisations } = await activeCounts(deps.db);
      return c.json({ members: individuals + organisations, individuals, organisations });
    })
    .post('/network/members', async (c) => {
      const input = parseMemberInput(await readApplication(c));
      await joinNetwork(deps, input, preferredLocale(c.req.header('accept-language')));
      // The same answer whether the address is new, waiting or already a member.
      return c.json({ status: 'pending' as const }, 202);
    })
    .post('/network/members/confirm', async (c) => {
      await confirmMember(deps, parseTokenInput(await readBody(c)));
      return c.json({ status: 'awaiting_approval' as const });
    });
