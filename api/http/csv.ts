/**
 * CSV as every export of the project writes it: RFC 4180, UTF-8 with a byte-order mark, CRLF,
 * streamed a few hundred rows per chunk, every cell neutralised against spreadsheet formulas.
 * The public list (api/signatories/signatory.csv.ts) and the campaign's private export
 * (api/admin/private-export.ts) both write through it.
 */

/**
 * One RFC 4180 field. A cell a spreadsheet would read as a formula (= + - @, tab, CR) gets a
 * leading apostrophe, so a name like "=HYPERLINK(…)" opens as the text it is.
 */
export function csvField(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export const csvRow = (cells: (string | null)[]) => `${cells.map(csvField).join(',')}\r\n`;

/** UTF-8 with a byte-order mark, so Excel shows "Siân" and "Ynys Môn" as typed. */
export function csvStream<T>(header: readonly string[], rows: AsyncIterable<T>, cells: (row: T) => (string | null)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow([...header])}`));
        return;
      }
      // Batches a few hundred rows per chunk: one enqueue per row would dominate a big export.
      let chunk = '';
      for (let i = 0; i < 500; i++) {
        const { value, done } = await iterator.next();
        if (done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvRow(cells(value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
