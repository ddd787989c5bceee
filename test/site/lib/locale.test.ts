import { describe, expect, it } from 'vitest';
import { isLocaleParam, langOfPath, localised, unlocalised } from '../../../site/lib/locale.ts';

describe('where a page lives in each language', () => {
  it('keeps English at the root and puts Welsh under /cy/', () => {
    expect(localised('/letters/x/signatories', 'en')).toBe('/letters/x/signatories');
    expect(localised('/letters/x/signatories', 'cy')).toBe('/cy/letters/x/signatories');
    expect(localised('/', 'cy')).toBe('/cy');
    expect(localised('/', 'en')).toBe('/');
  });

  it('switches a Welsh address to English and back without doubling the prefix', () => {
    expect(localised('/cy/confirm/abc', 'en')).toBe('/confirm/abc');
    expect(localised('/cy/confirm/abc', 'cy')).toBe('/cy/confirm/abc');
    expect(unlocalised('/cy')).toBe('/');
    expect(unlocalised('/cy/')).toBe('/');
  });

  it('drops the trailing slash Astro adds to the original pathname', () => {
    expect(unlocalised('/cy/letters/x/')).toBe('/letters/x');
    expect(unlocalised('/letters/')).toBe('/letters');
  });

  it('reads the language from the first segment only', () => {
    expect(langOfPath('/cy/letters/x')).toBe('cy');
    expect(langOfPath('/cy')).toBe('cy');
    expect(langOfPath('/blog/cy')).toBe('en');
    expect(langOfPath('/cymraeg')).toBe('en');
    expect(unlocalised('/cymraeg')).toBe('/cymraeg');
  });

  it('takes only English (no prefix) and cy as the locale of a route', () => {
    expect(isLocaleParam(undefined)).toBe(true);
    expect(isLocaleParam('cy')).toBe(true);
    for (const other of ['en', 'fr', 'cy/extra', 'no-such-page']) expect(isLocaleParam(other)).toBe(false);
  });
});
