import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.ts';
import { InvalidInputError } from '../errors.ts';
import { openLetter } from '../letters/letter.service.ts';
import { preferredLocale, readBody } from '../http/body.ts';
import { confirm, parseSignatureInput, sign, withdraw } from './signature.service.ts';

const tokenBody = z.object({ token: z.string({ error: 'Send the token from the link' }).min(1, 'Send the token from the link') });

function parseToken(body: unknown): string {
  const parsed = tokenBody.safeParse(body);
  if (!parsed.success) throw new InvalidInputError({ token: parsed.error.issues[0]?.message ?? 'Send the token' });
  return parsed.data.token;
}

export const signatureRoutes = (deps: Deps) =>
  new Hono()
    .post('/letters/:slug/signatures', async (c) => {
      // An unknown or closed letter is said before any field: no point correcting a form that cannot be sent.
      const slug = openLetter(deps, c.req.param('slug')).slug;
      const input = parseSignatureInput(await readBody(c));
      await sign(deps, slug, input, preferredLocale(c.req.header('accept-language')));
      return c.json({ status: 'pending' as const }, 202);
    })
    .post('/signatures/confirm', async (c) => {
      const { letter } = await confirm(deps, parseToken(await readBody(c)));
      return c.json({ status: 'verified' as const, letter: letter.slug });
    })
    .post('/signatures/withdraw', async (c) => {
      const { letter } = await withdraw(deps, parseToken(await readBody(c)));
      return c.json({ status: 'withdrawn' as const, letter: letter.slug });
    });
