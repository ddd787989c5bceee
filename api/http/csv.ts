import { socketReady } from './backpressure.ts';

/**
 * CSV as every export of the project writes it: RFC 4180, UTF-8 with a byte-order mark, CRLF,
 * streamed a page of rows per chunk, every cell neutralised against spreadsheet formulas.
 * The public list (api/signatories/signatory.csv.ts) and the campaign's private export
 * (api/admin/private-export.ts) both write through it.
 */

/**
 * One RFC 4180 field. A cell a spreadsheet would read as a formula (= + - @, tab, CR, and the
 * full-width = + - @ that Apple Numbers reads as them) gets a leading apostrophe, so a name like
 * "=HYPERLINK(…)" opens as the text it is. Written by hand rather than with csv-stringify: more
 * than twice as fast on the list's rows, byte for byte the same (`npm run bench -- --only csv`).
 */
export function csvField(value: string | null): string {
  if (!value) return '';
  // Most cells need neither: one test for both, run once per cell of a million-row export.
  if (!special.test(value)) return value;
  const v = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const special = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]|[",\r\n]/;

export function csvRow(cells: (string | null)[]): string {
  let line = csvField(cells[0] ?? null);
  for (let i = 1; i < cells.length; i++) line += `,${csvField(cells[i] ?? null)}`;
  return `${line}\r\n`;
}

/**
 * UTF-8 with a byte-order mark, so Excel shows "Siân" and "Ynys Môn" as typed. One chunk per
 * page of rows: an enqueue (or an await) per row would dominate a big export. A stream pulled
 * only as it is read and as its socket drains (api/http/backpressure.ts), so a slow reader holds
 * a page or two in memory, not the list.
 */
export function csvStream<T>(header: readonly string[], pages: AsyncIterable<readonly T[]>, cells: (row: T) => (string | null)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  const ready = socketReady();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      await ready();
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow([...header])}`));
        return;
      }
      const { value, done } = await iterator.next();
      if (done) {
        controller.close();
        return;
      }
      let chunk = '';
      for (const row of value) chunk += csvRow(cells(row));
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
