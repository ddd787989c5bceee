import { describe, expect, it } from 'vitest';
import { replaced } from '../../../api/snapshots/text-stream.ts';

async function run(chunks: Uint8Array[], from: string, to: string) {
  const found = { n: 0 };
  const out: Uint8Array[] = [];
  for await (const chunk of replaced((async function* () { yield* chunks; })(), from, to, found)) out.push(chunk);
  return { bytes: Buffer.concat(out), found: found.n };
}

describe('replacing a line in a file read a chunk at a time', () => {
  // A byte-order mark, Welsh letters, an emoji (two UTF-16 units, four bytes) right before a
  // match, and the line twice: wherever the file is cut into chunks, the result is the same.
  const from = '\nSiân 🌻 Ŵyn,individual,,,Aberystwyth,GB-WLS\r\n';
  const to = '\nAnonymous supporter,individual,,,,GB-WLS\r\n';
  const file = `\uFEFFname,kind,organisation,role,place,country\r\nGwen 🌻,individual,,,,IE${from}Ann,individual,,,Bala,GB-WLS\r\n👩🏽‍🌾${from}`;
  const bytes = Buffer.from(file);
  const expected = Buffer.from(file.replaceAll(from, to));

  it('gives the same bytes wherever the file is cut in two, or three', async () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const two = await run([bytes.subarray(0, cut), bytes.subarray(cut)], from, to);
      expect(two.bytes.equals(expected), `cut at ${cut}`).toBe(true);
      expect(two.found).toBe(2);
      const second = Math.min(bytes.length, cut + 7);
      const three = await run([bytes.subarray(0, cut), bytes.subarray(cut, second), bytes.subarray(second)], from, to);
      expect(three.bytes.equals(expected), `cut at ${cut} and ${second}`).toBe(true);
    }
  });

  it('leaves a file without the line byte for byte as it was', async () => {
    const other = await run([bytes.subarray(0, 30), bytes.subarray(30)], '\nNobody,individual\r\n', to);
    expect(other.bytes.equals(bytes)).toBe(true);
    expect(other.found).toBe(0);
  });
});
