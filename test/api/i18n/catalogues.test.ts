import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every word the project shows lives in a catalogue pair: `en.ts` beside `cy.ts` (or
 * `x.en.ts` beside `x.cy.ts`). This walks every pair it finds in api/ and site/, so a new
 * area is checked the day its catalogues are written.
 */
const root = process.cwd();

type Pair = { area: string; en: string; cy: string };

function pairsUnder(dir: string): Pair[] {
  const pairs: Pair[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) pairs.push(...pairsUnder(file));
    else if (/(^|\.)en\.ts$/.test(entry.name)) {
      pairs.push({ area: path.relative(root, file), en: file, cy: file.replace(/en\.ts$/, 'cy.ts') });
    }
  }
  return pairs;
}

/** What is wrong with a Welsh catalogue against the English one; empty when nothing is. */
function differences(en: unknown, cy: unknown, at = ''): string[] {
  if (typeof en === 'function') {
    if (typeof cy !== 'function') return [`${at}: is a function in English, ${typeof cy} in Welsh`];
    if (cy.length !== en.length) return [`${at}: takes ${en.length} arguments in English, ${cy.length} in Welsh`];
    let sample: unknown;
    try {
      // Any argument will do to see that the Welsh says something.
      sample = cy(...Array.from({ length: cy.length }, () => 1));
    } catch {
      return [];
    }
    return typeof sample === 'string' && sample.trim() === '' ? [`${at}: is empty in Welsh`] : [];
  }
  if (en !== null && typeof en === 'object') {
    if (cy === null || typeof cy !== 'object') return [`${at}: is missing in Welsh`];
    const [e, c] = [en as Record<string, unknown>, cy as Record<string, unknown>];
    return [...new Set([...Object.keys(e), ...Object.keys(c)])].flatMap((key) => {
      const here = at ? `${at}.${key}` : key;
      if (!(key in c)) return [`${here}: is missing in Welsh`];
      if (!(key in e)) return [`${here}: is only in Welsh`];
      return differences(e[key], c[key], here);
    });
  }
  if (typeof cy !== typeof en) return [`${at}: is ${typeof en} in English, ${typeof cy} in Welsh`];
  if (typeof cy === 'string' && cy.trim() === '') return [`${at}: is empty in Welsh`];
  return [];
}

async function catalogue(file: string, locale: 'en' | 'cy'): Promise<unknown> {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const value = mod[locale] ?? mod['default'];
  if (value === undefined) throw new Error(`${path.relative(root, file)} should export \`${locale}\`, its catalogue`);
  return value;
}

describe('the message catalogues', () => {
  const apiPairs = pairsUnder(path.join(root, 'api'));
  const sitePairs = pairsUnder(path.join(root, 'site'));

  it('are found: validation, errors and mail in api/i18n', () => {
    expect(apiPairs.map((p) => p.area).sort()).toEqual(
      expect.arrayContaining(['api/i18n/errors/en.ts', 'api/i18n/mail/en.ts', 'api/i18n/validation/en.ts']),
    );
  });

  describe.each(apiPairs)('$area', ({ en, cy }) => {
    it('has a Welsh twin with every key, none empty, and nothing English lacks', async () => {
      expect(fs.existsSync(cy), `${path.relative(root, cy)} is missing`).toBe(true);
      expect(differences(await catalogue(en, 'en'), await catalogue(cy, 'cy'))).toEqual([]);
    });
  });

  describe.each(sitePairs)('$area (the pages)', ({ en, cy }) => {
    // The pages' Welsh arrives with the pages; until then there is nothing to compare.
    it.skipIf(!fs.existsSync(cy))('has a Welsh twin with every key, none empty, and nothing English lacks', async () => {
      expect(differences(await catalogue(en, 'en'), await catalogue(cy, 'cy'))).toEqual([]);
    });
  });

  describe('the check itself', () => {
    const en = { a: 'One', b: { c: 'Two', d: (n: number) => `${n} things` }, lang: 'en' };

    it('passes a complete Welsh catalogue', () => {
      expect(differences(en, { a: 'Un', b: { c: 'Dau', d: (n: number) => `${n} peth` }, lang: 'cy' })).toEqual([]);
    });

    it('names a key missing in Welsh, a key only in Welsh, and an empty Welsh value', () => {
      expect(differences(en, { a: '  ', b: { d: () => '', e: 'Ychwanegol' }, lang: 'cy' })).toEqual([
        'a: is empty in Welsh',
        'b.c: is missing in Welsh',
        'b.d: takes 1 arguments in English, 0 in Welsh',
        'b.e: is only in Welsh',
      ]);
      expect(differences(en, { a: 'Un', b: { c: 'Dau', d: (_: number) => '' }, lang: 'cy' })).toEqual(['b.d: is empty in Welsh']);
    });
  });
});
