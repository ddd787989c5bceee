import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../api/delivery/pdf-writer.ts';
import { readPdfFacts } from '../../../api/publications/pdf-facts.ts';
import { publicationCollectionSchema } from '../../../api/publications/publication.content.ts';
import { publicationPdf } from '../../../api/publications/publication.pdf.ts';
import { publicationFrontmatterSchema, validIsbn13 } from '../../../api/publications/publication.schema.ts';
import { publicationJsonLd, scriptJson } from '../../../site/lib/publication-page.ts';
import { pdfLines } from '../../helpers/pdf-text.ts';
import type { Publication } from '../../../site/lib/publications.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/publications/voices-of-co-production.md');
const frontmatterOf = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

/** A project folder as the build sees it: the fixture publication and the letter it names, and its PDF made by the project's own code. */
async function aProject(pdf: Uint8Array | undefined) {
  const root = mkdtempSync(path.join(tmpdir(), 'llofnod-publications-'));
  mkdirSync(path.join(root, 'content/publications'), { recursive: true });
  mkdirSync(path.join(root, 'content/letters'), { recursive: true });
  cpSync(path.join(import.meta.dirname, '../../../content/letters/co-production-at-the-heart.md'), path.join(root, 'content/letters/co-production-at-the-heart.md'));
  cpSync(fixture, path.join(root, 'content/publications/voices-of-co-production.md'));
  if (pdf) writeFileSync(path.join(root, 'content/publications/voices-of-co-production.pdf'), pdf);
  return root;
}

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

describe('an ISBN-13 in the frontmatter', () => {
  const base = publicationFrontmatterSchema.parse({ ...frontmatterOf(fixture), isbn: undefined });

  it('is accepted when its check digit is right, with or without hyphens or spaces', () => {
    for (const isbn of ['978-0-306-40615-7', '9780306406157', '978 0 306 40615 7', '979-10-90636-07-1']) {
      expect(validIsbn13(isbn), isbn).toBe(true);
      expect(publicationFrontmatterSchema.safeParse({ ...base, isbn }).success, isbn).toBe(true);
    }
  });

  it('is refused with a message that says what is wrong: the checksum, or not an ISBN-13 at all', () => {
    const wrongDigit = publicationFrontmatterSchema.safeParse({ ...base, isbn: '978-0-306-40615-8' });
    expect(wrongDigit.success).toBe(false);
    expect(messagesOf(wrongDigit)).toEqual(['ISBN "978-0-306-40615-8" fails the ISBN-13 checksum: check the last digit']);
    for (const isbn of ['0-306-40615-2', '978-0-306-4061', '123-0-306-40615-7', '978-0-306-40615-X']) {
      const refused = publicationFrontmatterSchema.safeParse({ ...base, isbn });
      expect(messagesOf(refused), isbn).toEqual([`ISBN "${isbn}" is not an ISBN-13: 13 digits starting 978 or 979 (hyphens allowed)`]);
    }
  });

  it('may be left out, and a publication needs an author', () => {
    expect(publicationFrontmatterSchema.safeParse(base).success).toBe(true);
    const noAuthor = publicationFrontmatterSchema.safeParse({ ...base, contributors: [{ name: 'Studio Derwen', role: 'designer' }] });
    expect(messagesOf(noAuthor)).toEqual(['name at least one author (role: author)']);
  });

  it('only names a PDF beside the Markdown, never a path elsewhere', () => {
    for (const pdf of ['../secret.pdf', 'sub/file.pdf', 'file.PDF', 'file.pdf.exe']) {
      expect(publicationFrontmatterSchema.safeParse({ ...base, pdf }).success, pdf).toBe(false);
    }
  });
});

describe("a PDF's facts", () => {
  it('are read from the file: its size, its page count and the language its catalogue declares', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage();
    doc.setLanguage('cy');
    const bytes = await doc.save();
    const root = await aProject(bytes);
    const facts = await readPdfFacts(path.join(root, 'content/publications/voices-of-co-production.pdf'));
    expect(facts).toEqual({ file: 'voices-of-co-production.pdf', bytes: bytes.byteLength, pages: 3, lang: 'cy' });
  });

  it('say no language when the PDF declares none', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    const root = await aProject(await plain.save());
    expect((await readPdfFacts(path.join(root, 'content/publications/voices-of-co-production.pdf'))).lang).toBeUndefined();
  });

  it('come with the frontmatter through the collection schema, as the build reads them', async () => {
    const data = publicationFrontmatterSchema.parse(frontmatterOf(fixture));
    const pdf = await publicationPdf(data, 'A fixture publication for the tests, never shown on the site.', 'en');
    const root = await aProject(pdf);
    const parsed = await publicationCollectionSchema(root).safeParseAsync(frontmatterOf(fixture));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.file).toEqual({ file: 'voices-of-co-production.pdf', bytes: pdf.byteLength, pages: 1, lang: 'en' });
    expect(parsed.data?.isbn).toBe('978-0-306-40615-7');
  });

  it('stop the build with a clear message when the PDF is missing or unreadable, or a related letter does not exist', async () => {
    const missing = await publicationCollectionSchema(await aProject(undefined)).safeParseAsync(frontmatterOf(fixture));
    expect(messagesOf(missing)).toEqual([expect.stringMatching(/the PDF .*voices-of-co-production\.pdf is missing: add it, or make it with `npm run publication:pdf -- <slug>`/)]);

    const garbage = await publicationCollectionSchema(await aProject(new TextEncoder().encode('not a PDF at all'))).safeParseAsync(frontmatterOf(fixture));
    expect(messagesOf(garbage)).toEqual([expect.stringMatching(/the PDF .*voices-of-co-production\.pdf cannot be read/)]);

    const root = await aProject(await (await pdfWriter()).finish(() => '', 'x', 'en'));
    const unknown = await publicationCollectionSchema(root).safeParseAsync({ ...frontmatterOf(fixture), letters: ['no-such-letter'], posts: ['no-such-post'] });
    expect(messagesOf(unknown)).toEqual(['no letter content/letters/no-such-letter.md', 'no post content/posts/no-such-post.md']);
  });
});

describe("a publication's PDF made by the project's own code", () => {
  it('declares its language and keeps the Welsh letters, page after page', async () => {
    const data = publicationFrontmatterSchema.parse({ ...frontmatterOf(fixture), title: 'Lleisiau cyd-gynhyrchu: ŵyn a ŷd' });
    const long = Array.from({ length: 40 }, (_, i) => `Paragraff ${i + 1}: mae cyd-gynhyrchu yn golygu gweithio gyda'n gilydd fel cydraddolion, ac mae hynny'n cymryd amser.`).join('\n\n');
    const pdf = await publicationPdf(data, long, 'cy');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getTitle()).toBe('Lleisiau cyd-gynhyrchu: ŵyn a ŷd');
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const root = await aProject(pdf);
    expect((await readPdfFacts(path.join(root, 'content/publications/voices-of-co-production.pdf'))).lang).toBe('cy');
  });
});

describe("a publication's JSON-LD", () => {
  it('parses from the script as a Report with its ISBN, authors, publisher, date, language and PDF', async () => {
    const data = publicationFrontmatterSchema.parse(frontmatterOf(fixture));
    const publication = {
      slug: 'voices-of-co-production',
      lang: 'en',
      value: { data: { ...data, file: { file: data.pdf, bytes: 2048, pages: 12, lang: 'en' } } },
      files: [{ file: data.pdf, bytes: 2048, pages: 12, lang: 'en', version: 'en', href: '/api/publications/voices-of-co-production.pdf' }],
    } as unknown as Publication;
    const ld = JSON.parse(scriptJson(publicationJsonLd(publication, 'https://llofnod.test/publications/voices-of-co-production', 'https://llofnod.test')));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      isbn: '978-0-306-40615-7',
      reportNumber: 'CVC-7',
      datePublished: '2014-05-12',
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'A county voluntary council' },
      author: [{ '@type': 'Person', name: 'Mair Owen' }, { '@type': 'Person', name: 'Tomos Price' }],
      translator: [{ '@type': 'Person', name: 'Elen Jones' }],
      encoding: [{ '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: 'https://llofnod.test/api/publications/voices-of-co-production.pdf', numberOfPages: 12 }],
    });
  });

  it('cannot close its script element, whatever a title holds', () => {
    expect(scriptJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('the sample publication’s committed PDFs', () => {
  it('hold its words in each language, made from its Markdown, and say which language they are in', async () => {
    for (const [file, lang, words] of [
      ['who-signed-the-first-letter.pdf', 'en', ['Who signed the first letter: a short report by sector', 'About 250 organisations and individuals in Wales', 'Page 1 of']],
      ['who-signed-the-first-letter.cy.pdf', 'cy', ['Pwy lofnododd y llythyr cyntaf: adroddiad byr fesul sector', 'Llofnododd tua 250 o sefydliadau ac unigolion', 'Tudalen 1 o']],
    ] as const) {
      const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../../content/publications', file)));
      const text = (await pdfLines(bytes)).flat().map((l) => l.text).join(' ');
      for (const w of words) expect(text, file).toContain(w);
      expect((await readPdfFacts(path.join(import.meta.dirname, '../../../content/publications', file))).lang).toBe(lang);
    }
  });
});
