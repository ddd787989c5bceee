import { csvRow, csvStream } from '../http/csv.ts';
import type { Signatory } from './signatory.schema.ts';

export { csvField, csvRow } from '../http/csv.ts';

// Columns added later go at the end, so a spreadsheet or script reading by position keeps working.
export const csvColumns = ['name', 'kind', 'organisation', 'role', 'place', 'country', 'signed_at', 'organisation_type', 'verified', 'website'] as const;

const cellsOf = (value: Signatory) => csvColumns.map((c) => (c === 'verified' ? String(value.verified) : value[c]));

/** The public list as CSV (see api/http/csv.ts for the format). */
export const signatoriesCsv = (pages: AsyncIterable<readonly Signatory[]>): ReadableStream<Uint8Array> => csvStream(csvColumns, pages, cellsOf);

/** One signatory's line of that CSV, exactly as the export writes it (a snapshot's amendment finds it by this). */
export const signatoryCsvLine = (value: Signatory): string => csvRow(cellsOf(value));
