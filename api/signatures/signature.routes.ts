import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { preferredLocale, readBody } from '../http/body.ts';
import { openLetter } from '../letters/letter.service.ts';
import { confirm, withdraw } from './mailed-link.service.ts';
import { parseSignature, parseTokenInput, sign } from './signature.service.ts';

export const signatureRoutes = (deps: Deps) =>
  new Hono()
    .post('/letters/:slug/signatures', async (c) => {
      // An unknown or closed letter is said before any field: no point correcting a form that cannot be sent.
      const letter = await openLetter(deps, c.req.param('slug'));
      const { input, logo } = await parseSignature(await readBody(c));
      // The signer's language is kept with the signature: every mail to them is written in it.
      await sign(deps, letter, input, preferredLocale(c.req.header('accept-language')), logo);
      return c.json({ status: 'pending' as const }, 202);
    })
    .post('/signatures/confirm', async (c) => {
      const { letter } = await confirm(deps, parseTokenInput(await readBody(c)));
      return c.json({ status: 'verified' as const, letter: letter.slug });
    })
    .post('/signatures/withdraw', async (c) => {
      const { letter } = await withdraw(deps, parseTokenInput(await readBody(c)));
      return c.json({ status: 'withdrawn' as const, letter: letter.slug });
    });
