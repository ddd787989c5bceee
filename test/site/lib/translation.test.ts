import { describe, expect, it } from 'vitest';
import type { Letter } from '../../../api/letters/letter.catalogue.ts';
import { inLanguage, langAttr, letterIn } from '../../../site/lib/translation.ts';

const english = { title: 'Make co-production count', summary: 's', recipient: 'The First Minister', opens: new Date(), asks: ['a'] };
const welsh = { ...english, title: 'Gwneud i gydgynhyrchu gyfrif', recipient: 'Prif Weinidog Cymru' };
const letter = (translations: Letter['translations']): Letter => ({ ...english, slug: 'x', translations, bodies: {} });

describe('a letter or post in the page’s language', () => {
  it('is the version in that language when there is one', () => {
    expect(inLanguage({ en: 'English', cy: 'Cymraeg' }, 'cy')).toEqual({ value: 'Cymraeg', lang: 'cy' });
    expect(letterIn(letter({ en: english, cy: welsh }), 'cy')).toEqual({ value: welsh, lang: 'cy' });
    expect(letterIn(letter({ en: english, cy: welsh }), 'en')).toEqual({ value: english, lang: 'en' });
  });

  it('is the other language’s version, saying which, when it exists in one language only', () => {
    expect(inLanguage({ en: 'English' }, 'cy')).toEqual({ value: 'English', lang: 'en' });
    expect(inLanguage({ cy: 'Cymraeg' }, 'en')).toEqual({ value: 'Cymraeg', lang: 'cy' });
    expect(letterIn(letter({ cy: welsh }), 'en')).toEqual({ value: welsh, lang: 'cy' });
  });

  it('is nothing when it exists in neither', () => {
    expect(inLanguage({}, 'cy')).toBeUndefined();
  });

  it('marks text with its own lang only where it differs from the page', () => {
    expect(langAttr({ value: 'x', lang: 'en' }, 'cy')).toBe('en');
    expect(langAttr({ value: 'x', lang: 'cy' }, 'cy')).toBeUndefined();
  });
});
