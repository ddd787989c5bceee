const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Every exact occurrence of `from` in a stream of UTF-8 text replaced by `to`, a chunk at a
 * time; the byte-order mark is kept, so the rest of the file stays byte for byte as it was.
 */
export async function* replaced(chunks: AsyncIterable<Uint8Array>, from: string, to: string, found: { n: number }): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const encoder = new TextEncoder();
  let pending = '';
  const flush = (text: string, final: boolean) => {
    let out = '';
    let at = 0;
    for (let hit = text.indexOf(from); hit !== -1; hit = text.indexOf(from, at)) {
      out += text.slice(at, hit) + to;
      at = hit + from.length;
      found.n++;
    }
    // Keeps back what could be the start of a match that the next chunk completes.
    let keep = final ? text.length : Math.max(at, text.length - from.length + 1);
    // Never between the two halves of a character beyond 16 bits (an emoji in a name): a half alone encodes as U+FFFD.
    if (keep > at && keep < text.length && isHighSurrogate(text.charCodeAt(keep - 1))) keep--;
    pending = text.slice(keep);
    return out + text.slice(at, keep);
  };
  for await (const chunk of chunks) {
    const out = flush(pending + decoder.decode(chunk, { stream: true }), false);
    if (out) yield encoder.encode(out);
  }
  const rest = flush(pending + decoder.decode(), true);
  if (rest) yield encoder.encode(rest);
}
