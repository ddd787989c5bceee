import type { AstroGlobal } from 'astro';
import { InvalidInputError } from '../../api/errors.ts';

/**
 * The form that asks for a sign-in link (a campaigner's, a member's): on POST, `ask` mails a link
 * or quietly does nothing, and every well-formed address is sent on to `sentPath` alike; a
 * malformed one is answered 422 with its message. GET: an empty form.
 */
export async function signInRequest(astro: AstroGlobal, ask: (email: string) => Promise<void>, sentPath: string): Promise<Response | { email: string; error?: string }> {
  if (astro.request.method !== 'POST') return { email: '' };
  const form = await astro.request.formData().catch(() => new FormData());
  const email = String(form.get('email') ?? '');
  try {
    await ask(email);
    return astro.redirect(sentPath, 303);
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    astro.response.status = 422;
    return { email, error: e.fieldsIn(astro.locals.lang)['email'] };
  }
}
