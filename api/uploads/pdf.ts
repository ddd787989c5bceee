import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFRawStream } from 'pdf-lib';
import type { ZodType } from 'zod';
import { InvalidInputError } from '../errors.ts';
import { type FieldProblem, fieldProblems } from '../i18n/validation/problems.ts';

/** The largest signed letter accepted; a scan of a few pages fits easily. */
export const pdfMaxBytes = 5 * 1024 * 1024;

/**
 * Names that make a PDF do something when opened: scripts, launching programs, attachments,
 * forms that submit or import, multimedia. A signed letter needs none of them, so a PDF
 * holding any is refused, not cleaned: the author can print it to a plain PDF again.
 */
const activeKeys = new Set(['JS', 'JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'AA']);
const activeActions = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'RichMediaExecute', 'Rendition', 'Sound', 'Movie']);

/** A PDF name as written (`/J#61vaScript` is `/JavaScript`): escapes are undone before comparing. */
const nameOf = (n: PDFName) => n.asString().slice(1).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function isActive(object: PDFObject, seen = new Set<PDFObject>()): boolean {
  if (seen.has(object)) return false;
  seen.add(object);
  const dict = object instanceof PDFRawStream ? object.dict : object;
  if (dict instanceof PDFDict) {
    for (const [k, v] of dict.entries()) {
      if (activeKeys.has(nameOf(k))) return true;
      if (nameOf(k) === 'S' && v instanceof PDFName && activeActions.has(nameOf(v))) return true;
      if (isActive(v, seen)) return true;
    }
  }
  if (object instanceof PDFArray) return object.asArray().some((v) => isActive(v, seen));
  return false;
}

/** The same names found in the file's raw bytes, for anything the parser could not place in an object. */
const rawActive = (bytes: Uint8Array) =>
  /\/J(avaScript|S)\b|\/Launch\b|\/EmbeddedFiles?\b|\/RichMedia\b|\/XFA\b/.test(
    Buffer.from(bytes).toString('latin1').replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );

/**
 * What is wrong with an uploaded PDF, if anything: the size, the signature at its start, a
 * parse of every object (compressed object streams included), at least one page, no password,
 * and nothing active. The name and type the browser sent are never trusted. A problem, not a
 * throw, so the form can name it beside every other field's.
 */
export async function pdfProblem(bytes: Uint8Array): Promise<FieldProblem | undefined> {
  if (bytes.byteLength > pdfMaxBytes) return { key: 'pdf.tooLarge', limit: pdfMaxBytes / 1024 / 1024 };
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') return { key: 'pdf.notPdf' };
  let document: PDFDocument;
  let pages = 0;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: true });
    pages = document.getPageCount();
  } catch {
    return { key: 'pdf.unreadable' };
  }
  if (document.isEncrypted) return { key: 'pdf.encrypted' };
  if (pages === 0) return { key: 'pdf.unreadable' };
  if (rawActive(bytes) || document.context.enumerateIndirectObjects().some(([, object]) => isActive(object))) return { key: 'pdf.active' };
  return undefined;
}

/**
 * A PDF sent as a form's file field: nothing when the box was left empty (a form sent with no
 * file chosen); a problem when it is not a PDF a reader can safely open, or came as text (JSON).
 */
export async function readPdfUpload(upload: unknown): Promise<{ pdf?: Uint8Array; problem?: FieldProblem }> {
  if (upload instanceof File) {
    if (upload.size === 0) return {};
    const pdf = new Uint8Array(await upload.arrayBuffer());
    const problem = await pdfProblem(pdf);
    return problem ? { pdf, problem } : { pdf };
  }
  return upload === undefined || upload === null || upload === '' ? {} : { problem: { key: 'pdf.notPdf' } };
}

/**
 * A form that carries an optional PDF in its `pdf` field (a letter of support, a reply): the
 * fields parsed with their schema and the file checked, every problem named at once.
 */
export async function parseWithPdf<T>(schema: ZodType<T>, body: Record<string, unknown>): Promise<{ input: T; pdf: Uint8Array | undefined }> {
  const { pdf: upload, ...fields } = body;
  const parsed = schema.safeParse(fields);
  const problems: Record<string, FieldProblem> = parsed.success ? {} : fieldProblems(parsed.error);
  const { pdf, problem } = await readPdfUpload(upload);
  if (problem) problems['pdf'] = problem;
  if (!parsed.success || problem) throw new InvalidInputError(problems);
  return { input: parsed.data, pdf };
}
