/**
 * Issue 12: csv-stringify unless the hand-written writer (api/http/csv.ts) is clearly faster.
 * Both write the same rows of the public list, in the same chunks (a page of 1,000 rows) and to
 * the same rules (RFC 4180, CRLF, a formula's leading apostrophe): the outputs must be byte for
 * byte the same, and each is timed in this process, best of several rounds.
 */
import { stringify } from 'csv-stringify/sync';
import { csvColumns, signatoryCsvLine } from '../api/signatories/signatory.csv.ts';
import type { Signatory } from '../api/signatories/signatory.schema.ts';

export type CsvWriters = { rows: number; rounds: number; handWrittenRowsPerSecond: number; csvStringifyRowsPerSecond: number; identical: boolean };

const page = 1000;

/** Names as people type them: Welsh letters, commas, quotes, and now and then a formula. */
function rows(n: number): Signatory[] {
  const names = ['Siân Ŵyn Jones', 'Dafydd ap Gwilym', 'O\'Brien, Mary', 'Rhodri "Rhod" Morgan', '=HYPERLINK("x")', '\uFF1DSUM(A1)', 'Ynys Môn Council'];
  return Array.from({ length: n }, (_, i) => ({
    name: `${names[i % names.length]} ${i}`,
    kind: i % 7 === 0 ? 'organisation' : 'individual',
    organisation: i % 7 === 0 ? `Cyngor ${i}, Cymru` : null,
    role: i % 3 === 0 ? 'Cadeirydd' : null,
    place: i % 2 === 0 ? 'Aberystwyth' : null,
    country: 'GB-WLS',
    signed_at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
    organisation_type: i % 7 === 0 ? 'charity' : null,
    verified: i % 7 === 0,
    website: i % 7 === 0 ? `https://example.org/${i}` : null,
  })) as unknown as Signatory[];
}

const cellsOf = (value: Signatory) => csvColumns.map((c) => (c === 'verified' ? String(value.verified) : value[c]));

function inPages(data: Signatory[], write: (rows: Signatory[]) => string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < data.length; i += page) chunks.push(write(data.slice(i, i + page)));
  return chunks;
}
const handWritten = (data: Signatory[]) => inPages(data, (rows) => rows.map(signatoryCsvLine).join(''));
const options = { record_delimiter: 'windows', escape_formulas: true } as const;
const withCsvStringify = (data: Signatory[]) => inPages(data, (rows) => stringify(rows.map(cellsOf), options));

function rowsPerSecond(write: (d: Signatory[]) => string[], data: Signatory[], rounds: number): number {
  write(data.slice(0, 10 * page));
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    write(data);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return data.length / best;
}

export function csvWriters(n = 200_000, rounds = 5): CsvWriters {
  const data = rows(n);
  const sample = data.slice(0, 5 * page);
  const identical = handWritten(sample).join('') === withCsvStringify(sample).join('');
  return {
    rows: n,
    rounds,
    handWrittenRowsPerSecond: rowsPerSecond(handWritten, data, rounds),
    csvStringifyRowsPerSecond: rowsPerSecond(withCsvStringify, data, rounds),
    identical,
  };
}

export const csvWritersReport = (r: CsvWriters) => `
CSV writers: the public list's rows, ${r.rows.toLocaleString('en-GB')} rows in pages of ${page}, best of ${r.rounds} (outputs identical: ${r.identical ? 'yes' : 'NO'})
  hand-written (api/http/csv.ts)   ${Math.round(r.handWrittenRowsPerSecond).toLocaleString('en-GB')} rows/s
  csv-stringify/sync               ${Math.round(r.csvStringifyRowsPerSecond).toLocaleString('en-GB')} rows/s
  hand-written / csv-stringify     ${(r.handWrittenRowsPerSecond / r.csvStringifyRowsPerSecond).toFixed(1)}×
`;
