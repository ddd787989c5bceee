import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, countryOptions, ukNations } from '../../../api/places/countries.ts';
import { areaName, walesAreaCodes, walesAreas } from '../../../api/places/wales-areas.ts';

const csvRows = () =>
  fs
    .readFileSync(new URL('../../../api/places/wales-principal-areas.csv', import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));

describe('Wales’s principal areas', () => {
  it('are exactly the rows of wales-principal-areas.csv, in order', () => {
    const [header, ...rows] = csvRows();
    expect(header).toEqual(['code', 'name_en', 'name_cy']);
    expect(walesAreas.map((a) => [a.code, a.en, a.cy])).toEqual(rows);
  });

  it('are the 22 local authorities, each code once', () => {
    expect(walesAreaCodes).toHaveLength(22);
    expect(new Set(walesAreaCodes).size).toBe(22);
    for (const code of walesAreaCodes) expect(code).toMatch(/^W06\d{6}$/);
  });

  it('are named in English and Welsh', () => {
    expect(areaName('W06000015')).toBe('Cardiff');
    expect(areaName('W06000015', 'cy')).toBe('Caerdydd');
    expect(areaName('W06000001', 'cy')).toBe('Ynys Môn');
  });
});

describe('countries', () => {
  it('are named in Welsh through Intl', () => {
    expect(countryName('US', 'cy')).toBe('Yr Unol Daleithiau');
    expect(countryName('US')).toBe('United States');
    expect(countryName('AU', 'cy')).toBe('Awstralia');
  });

  it('give the UK by nation, in both languages, and not the UK as a whole', () => {
    expect(ukNations.map((c) => countryName(c))).toEqual(['Wales', 'England', 'Scotland', 'Northern Ireland']);
    expect(ukNations.map((c) => countryName(c, 'cy'))).toEqual(['Cymru', 'Lloegr', 'Yr Alban', 'Gogledd Iwerddon']);
    expect(countryCodes).not.toContain('GB');
  });

  it('are the ISO 3166-1 alpha-2 codes Intl can name, each once', () => {
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    for (const code of countryCodes.filter((c) => !c.startsWith('GB-'))) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(countryName(code)).not.toBe(code);
      expect(countryName(code, 'cy')).not.toBe(code);
    }
  });

  it('are offered with the UK’s nations first, then the rest by name in the reader’s language', () => {
    const cy = countryOptions('cy');
    expect(cy.slice(0, 4).map((o) => o.code)).toEqual([...ukNations]);
    const rest = cy.slice(4).map((o) => o.name);
    expect(rest).toEqual([...rest].sort(new Intl.Collator('cy').compare));
    expect(cy).toHaveLength(countryCodes.length);
  });
});
