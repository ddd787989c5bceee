import type { AstroGlobal } from 'astro';
import { InvalidInputError } from '../../api/errors.ts';
import { BoardRefusal, postsPerHour } from '../../api/network/board.service.ts';
import type { Author } from '../../api/network/board.repository.ts';
import { localeOf } from './messages.ts';

/**
 * What the board's pages share: the author's name as the board shows it, and a form post's
 * outcome. A form that fails comes back with its fields named (422) or the board's refusal in
 * words: 429 when the member has posted enough this hour, 404 when the post is gone.
 */
export const authorName = (astro: AstroGlobal, author: Author) => author.name ?? localeOf(astro).t.board.formerMember;

export type Failed = { errors: Record<string, string>; refusal?: string };

export async function tryPost(astro: AstroGlobal, work: () => Promise<Response>): Promise<Response | Failed> {
  const { lang, t } = localeOf(astro);
  try {
    return await work();
  } catch (e) {
    if (e instanceof InvalidInputError) {
      astro.response.status = 422;
      return { errors: e.fieldsIn(lang) };
    }
    if (!(e instanceof BoardRefusal)) throw e;
    astro.response.status = e.reason === 'too_many' ? 429 : e.reason === 'gone' ? 404 : 403;
    return { errors: {}, refusal: e.reason === 'too_many' ? t.board.tooMany(postsPerHour) : e.reason === 'gone' ? t.board.gone : t.board.notYours };
  }
}

/** A form's fields as text. */
export const fieldsOf = (form: FormData, names: readonly string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? '')]));
