import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frontmatterOf, letterText, loadLetterCatalogue } from '../../../api/letters/letter.catalogue.ts';
import { letterFrontmatterSchema, postFrontmatterSchema } from '../../../api/letters/letter.schema.ts';
import { isoDay } from '../../../api/letters/letter.time.ts';
import { closedLetter, openLetter } from '../../helpers/app.ts';

const content = path.join(process.cwd(), 'content');

const made: string[] = [];
afterAll(() => {
  for (const root of made) fs.rmSync(root, { recursive: true, force: true });
});

/** A content/ folder of our own, for letters the project does not have. */
function contentWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'llofnod-content-'));
  made.push(root);
  fs.mkdirSync(path.join(root, 'content', 'letters'), { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, 'content', 'letters', name), text);
  return root;
}

const letterFile = ({ title = 'A letter', opens = '2026-10-01', closes = '2027-01-31', goal = 500, asks = ['One ask'], press = [] as string[] } = {}) =>
  [
    '---',
    `title: "${title}"`,
    'summary: "Why."',
    'recipient: "Someone"',
    `opens: ${opens}`,
    `closes: ${closes}`,
    `goal: ${goal}`,
    ...press,
    'asks:',
    ...asks.map((a) => `  - "${a}"`),
    '---',
    '',
    'Text.',
    '',
  ].join('\n');

const read = (file: string) => frontmatterOf(fs.readFileSync(file, 'utf8'));

describe('content/letters', () => {
  describe("the project's letters", () => {
    const catalogue = loadLetterCatalogue(process.cwd());

    it.each([openLetter, closedLetter])('%s is one letter in English and Welsh', (slug) => {
      const letter = catalogue.get(slug)!;
      expect(Object.keys(letter.translations).sort()).toEqual(['cy', 'en']);
      expect(letter.translations.cy?.recipient).toBe('Prif Weinidog Cymru');
      expect(letter.translations.cy?.title).not.toBe(letter.translations.en?.title);
    });

    it.each([openLetter, closedLetter])('%s.cy.md agrees with %s.md on opens, closes, goal and the number of asks', (slug) => {
      const en = letterFrontmatterSchema.parse(read(path.join(content, 'letters', `${slug}.md`)));
      const cy = letterFrontmatterSchema.parse(read(path.join(content, 'letters', `${slug}.cy.md`)));
      const facts = (l: typeof en) => [isoDay(l.opens), l.closes && isoDay(l.closes), l.goal, l.asks.length];
      expect(facts(cy)).toEqual(facts(en));
      // Written in Welsh, not copied from the English.
      expect(cy.asks.every((ask) => ask !== '' && !en.asks.includes(ask))).toBe(true);
    });

    it('keeps its identity (title in the API, dates) from the English file', () => {
      const letter = catalogue.get(openLetter)!;
      expect(letter.title).toBe('Make co-production count in Wales');
      expect(letterText(letter, 'cy').title).toBe('Gwneud i gyd-gynhyrchu gyfrif yng Nghymru');
      expect(letterText(letter, 'en').title).toBe('Make co-production count in Wales');
    });
  });

  describe('a Welsh file that disagrees with the English one', () => {
    it('is refused at start, naming the Welsh file and each difference', () => {
      const root = contentWith({
        'x.md': letterFile(),
        'x.cy.md': letterFile({ title: 'Llythyr', opens: '2026-10-02', goal: 400, asks: ['Un', 'Dau'] }),
      });
      expect(() => loadLetterCatalogue(root)).toThrow(
        'content/letters/x.cy.md: opens is 2026-10-02 but x.md says 2026-10-01; goal is 400 but x.md says 500; number of asks is 2 but x.md says 1.',
      );
    });

    it('is refused when only the closing date differs', () => {
      const root = contentWith({ 'x.md': letterFile(), 'x.cy.md': letterFile({ closes: '2027-02-28' }) });
      expect(() => loadLetterCatalogue(root)).toThrow(/content\/letters\/x\.cy\.md: closes is 2027-02-28 but x\.md says 2027-01-31/);
    });
  });

  describe('a press contact', () => {
    const press = (email: string) => ['press:', '  name: "Megan Hughes"', `  email: "${email}"`];

    it('is read with the letter, the same in both languages', () => {
      const root = contentWith({ 'x.md': letterFile({ press: press('press@example.org') }), 'x.cy.md': letterFile({ press: press('press@example.org') }) });
      expect(loadLetterCatalogue(root).get('x')!.press).toEqual({ name: 'Megan Hughes', email: 'press@example.org' });
    });

    it('is refused when the Welsh file gives another, or none', () => {
      const other = contentWith({ 'x.md': letterFile({ press: press('press@example.org') }), 'x.cy.md': letterFile({ press: press('wasg@example.org') }) });
      expect(() => loadLetterCatalogue(other)).toThrow(/x\.cy\.md: press contact is Megan Hughes \/ wasg@example\.org \/  but x\.md says Megan Hughes \/ press@example\.org/);
      const none = contentWith({ 'x.md': letterFile({ press: press('press@example.org') }), 'x.cy.md': letterFile() });
      expect(() => loadLetterCatalogue(none)).toThrow(/press contact is none/);
    });

    it('is refused with an address that is not one', () => {
      const root = contentWith({ 'x.md': letterFile({ press: press('not an address') }) });
      expect(() => loadLetterCatalogue(root)).toThrow(/content\/letters\/x\.md: bad frontmatter/);
    });
  });

  describe('how long a letter keeps its signers’ contact details (retention_months)', () => {
    it('is read with the letter, the same in both languages', () => {
      const root = contentWith({ 'x.md': letterFile({ press: ['retention_months: 12'] }), 'x.cy.md': letterFile({ press: ['retention_months: 12'] }) });
      expect(loadLetterCatalogue(root).get('x')!.retention_months).toBe(12);
    });

    it('is refused when the Welsh file promises another, or the default', () => {
      const other = contentWith({ 'x.md': letterFile({ press: ['retention_months: 12'] }), 'x.cy.md': letterFile({ press: ['retention_months: 3'] }) });
      expect(() => loadLetterCatalogue(other)).toThrow(/x\.cy\.md: retention_months is 3 but x\.md says 12/);
      const none = contentWith({ 'x.md': letterFile({ press: ['retention_months: 12'] }), 'x.cy.md': letterFile() });
      expect(() => loadLetterCatalogue(none)).toThrow(/retention_months is the default but x\.md says 12/);
    });
  });

  describe('a letter in one language only', () => {
    it('is a letter all the same, its words used for both languages', () => {
      const root = contentWith({ 'cymraeg-yn-unig.cy.md': letterFile({ title: 'Llythyr Cymraeg' }), 'english-only.md': letterFile({ title: 'English only' }) });
      const catalogue = loadLetterCatalogue(root);
      expect(letterText(catalogue.get('cymraeg-yn-unig')!, 'en').title).toBe('Llythyr Cymraeg');
      expect(letterText(catalogue.get('english-only')!, 'cy').title).toBe('English only');
    });
  });
});

describe('content/posts', () => {
  const dir = path.join(content, 'posts');
  const welsh = fs.readdirSync(dir).filter((f) => f.endsWith('.cy.md'));

  it('has the Welsh of the sample post', () => {
    expect(welsh).toContain('why-we-are-writing-again.cy.md');
  });

  it.each(welsh)('%s agrees with its English twin on the date and the letter', (file) => {
    const cy = postFrontmatterSchema.parse(read(path.join(dir, file)));
    const en = postFrontmatterSchema.parse(read(path.join(dir, file.replace(/\.cy\.md$/, '.md'))));
    expect([isoDay(cy.published), cy.letter]).toEqual([isoDay(en.published), en.letter]);
    expect(cy.title).not.toBe(en.title);
  });
});
