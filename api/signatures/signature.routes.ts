import { type Context, Hono } from 'hono';
import { clientAddress } from '../abuse/client-address.ts';
import { defaultAbusePolicy } from '../abuse/sign-limits.ts';
import type { Deps } from '../deps.ts';
import { preferredLocale, readBody } from '../http/body.ts';
import { openLetter } from '../letters/letter.service.ts';
import { confirm, withdraw } from './mailed-link.service.ts';
import { parseSignature, parseTokenInput, sign } from './signature.service.ts';

/** The socket's address as @hono/node-server hands the request over; none for a request made in-process. */
export const peerOf = (c: Context): string | undefined => (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;

export const signatureRoutes = (deps: Deps) =>
  new Hono()
    .post('/letters/:slug/signatures', async (c) => {
      // An unknown or closed letter is said before any field: no point correcting a form that cannot be sent.
      const letter = await openLetter(deps, c.req.param('slug'));
      const { input, logo } = await parseSignature(await readBody(c));
      // The signer's language is kept with the signature: every mail to them is written in it.
      const address = clientAddress(peerOf(c), c.req.header('x-forwarded-for'), (deps.abuse ?? defaultAbusePolicy).trustProxy);
      await sign(deps, letter, input, preferredLocale(c.req.header('accept-language')), logo, { address });
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
