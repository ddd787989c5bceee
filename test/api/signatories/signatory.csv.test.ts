import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../../api/signatories/signatory.csv.ts';
import { asOrganisation, openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, insertVerifiedRows, verifiedSignature } from '../../helpers/signatures.ts';

const csvPath = `/api/letters/${openLetter}/signatories.csv`;
const header = 'name,kind,organisation,role,place,country,signed_at,organisation_type,verified,website';

/** A strict RFC 4180 reader: what a spreadsheet will make of the bytes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
        else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2));
    else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('last row not ended by CRLF');
  return rows;
}

async function download(app: TestApp, query = '') {
  const res = await app.get(`${csvPath}${query}`);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('GET /api/letters/:slug/signatories.csv', () => {
  it('is UTF-8 with a byte-order mark, a header row and CRLF line ends, as a download', async () => {
    const app = await testApp();
    await verifiedSignature(app);
    const { res, bytes, text } = await download(app);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${openLetter}-signatories-2026-11-22.csv"`);
    expect(text.slice(1)).toBe(`${header}\r\nSiân Ŵyn Roberts,individual,,,Aberystwyth,GB-WLS,2026-11-22T10:00:00.000Z,,false,\r\n`);
  });

  it('is only the header when nobody has signed', async () => {
    const app = await testApp();
    expect((await download(app)).text).toBe(`\uFEFF${header}\r\n`);
  });

  it('has the same rows, in the same order, as the JSON list, with its filters', async () => {
    const app = await testApp();
    for (let i = 0; i < 5; i++) {
      await verifiedSignature(app, { email: `s${i}@example.org`, name: `Signer ${i}`, country: i % 2 ? 'US' : 'GB-WLS', area: undefined });
      app.clock.advance(1000);
    }
    for (const query of ['', '?country=US', '?kind=organisation', '?q=signer%203']) {
      const json = await (await app.get(`/api/letters/${openLetter}/signatories${query}`)).json();
      const rows = parseCsv((await download(app, query)).text.slice(1));
      expect(rows[0]!.join(',')).toBe(header);
      expect(rows.slice(1).map((r) => r[0])).toEqual(json.items.map((i: { name: string }) => i.name));
    }
  });

  it('quotes commas and double quotes so every cell comes back as typed', async () => {
    const app = await testApp();
    const tricky = [
      { name: 'Jones, Nia', role: 'Chair, "Board"', place: 'Aber "the" Ystwyth' },
      { name: 'Eleri "Ellie" Owen', role: "O'Neill's deputy", place: 'Pen-y-bont, Bridgend' },
    ];
    for (const [i, t] of tricky.entries()) await verifiedSignature(app, { email: `t${i}@example.org`, ...t });
    const rows = parseCsv((await download(app)).text.slice(1));
    expect(rows.slice(1).map(([name, , , role, place]) => ({ name, role, place }))).toEqual([...tricky].reverse());
  });

  describe('cells a spreadsheet would run as a formula', () => {
    it.each(['=1+2', '+44 29 2000 0000', '-2+3', '@SUM(A1:A9)', "=cmd|' /C calc'!A0"])(
      'neutralises %j in every text column',
      async (evil) => {
        const app = await testApp();
        await verifiedSignature(app, { name: evil, role: evil, place: evil, ...asOrganisation(evil, 'evil@example.org') });
        const [, row] = parseCsv((await download(app)).text.slice(1));
        const [name, , organisation, role, place] = row!;
        for (const cell of [name, organisation, role, place]) expect(cell).toBe(`'${evil}`);
        // JSON is not a spreadsheet: it keeps the text exactly as typed.
        const json = await (await app.get(`/api/letters/${openLetter}/signatories`)).json();
        expect(json.items[0].name).toBe(evil);
      },
    );

    // The last four: the full-width = + - @, which Apple Numbers reads as the ASCII ones.
    it.each(['\t=1+2', '\r=1+2', '=A1', '+A1', '-A1', '@A1', '\uFF1DA1', '\uFF0BA1', '\uFF0DA1', '\uFF20A1'])('csvField neutralises %j', (evil) => {
      expect(parseCsv(`${csvField(evil)}\r\n`)).toEqual([[`'${evil}`]]);
    });

    it('leaves ordinary text alone', () => {
      for (const ok of ['Siân', 'Ann-Marie', 'Cardiff', '10 Downing St', "O'Brien", 'a=b']) expect(csvField(ok)).toBe(ok);
      expect(csvField(null)).toBe('');
    });
  });

  it('quotes line breaks (a cell the API cannot produce today, but a row must never split)', () => {
    const line = csvRow(['Line one\nline two', 'Carriage\r\nreturn', null]);
    expect(parseCsv(line)).toEqual([['Line one\nline two', 'Carriage\r\nreturn', '']]);
  });

  it('exports every row past the first thousand', async () => {
    const app = await testApp();
    await insertVerifiedRows(app.db, 1205, () => '2026-11-01T00:00:00.000Z');
    const parsed = parseCsv((await download(app)).text.slice(1));
    expect(parsed).toHaveLength(1206);
    expect(new Set(parsed.slice(1).map((r) => r[0])).size).toBe(1205);
  });
});
