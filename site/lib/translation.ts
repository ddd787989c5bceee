import type { Letter } from '../../api/letters/letter.catalogue.ts';
import type { LetterFrontmatter } from '../../api/letters/letter.schema.ts';
import type { Lang } from './format.ts';
import { otherLang } from './locale.ts';

/** A text chosen for a page, and the language it is really in (which the markup must say with `lang`). */
export type InLang<T> = { value: T; lang: Lang };

/**
 * The version of a letter or post in the page's language, or else the one that exists: a
 * text written in one language only is still shown, and the page says so (`lang` differs).
 */
export function inLanguage<T>(versions: Partial<Record<Lang, T>>, lang: Lang): InLang<T> | undefined {
  for (const l of [lang, otherLang(lang)]) {
    const value = versions[l];
    if (value !== undefined) return { value, lang: l };
  }
  return undefined;
}

/** A letter's frontmatter (title, recipient, summary, asks) for a page in `lang`. */
export function letterIn(letter: Letter, lang: Lang): InLang<LetterFrontmatter> {
  // The catalogue never holds a letter with no text; the letter's own fields are a safe last resort.
  return inLanguage(letter.translations, lang) ?? { value: letter, lang };
}

/** The `lang` attribute a piece of text needs on a page in `pageLang`: none when they agree. */
export const langAttr = (text: InLang<unknown>, pageLang: Lang): Lang | undefined => (text.lang === pageLang ? undefined : text.lang);
