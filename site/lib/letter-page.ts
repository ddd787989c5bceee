import type { Letter } from '../../api/letters/letter.catalogue.ts';
import type { LetterFrontmatter } from '../../api/letters/letter.schema.ts';
import { type InLang, letterIn } from './translation.ts';

export type LetterPage = { letter: Letter; text: InLang<LetterFrontmatter> };

/**
 * The letter a `/letters/:slug/…` page is about, with its text in the page's language (or
 * the one it exists in); undefined for a slug no letter has, which the page answers with its 404.
 */
export function letterOfPage(astro: { locals: App.Locals; params: Record<string, string | undefined> }): LetterPage | undefined {
  const letter = astro.locals.runtime.deps.letters.get(astro.params.slug ?? '');
  return letter && { letter, text: letterIn(letter, astro.locals.lang) };
}
