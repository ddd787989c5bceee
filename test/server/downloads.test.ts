import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../api/db/connect.ts';
import { insertVerifiedRows } from '../helpers/signatures.ts';
import { type RunningServer, startServer } from '../helpers/server.ts';

const slug = 'make-co-production-count';
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** The server's own database, filled by the test with `rows` verified signatures. */
async function withVerifiedRows(s: RunningServer, rows: number) {
  const db = openDb({ dataDir: s.dataDir, databaseUrl: s.databaseUrl });
  try {
    await insertVerifiedRows(db, rows);
  } finally {
    await db.destroy();
  }
}

const signature = (i: number) =>
  fetch(`${server!.origin}/api/letters/${slug}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `Signer ${i}`, email: `while-downloading-${i}@example.org`, kind: 'individual', country: 'GB-WLS', consent: true }),
  });

describe('GET /api/letters/:slug/signatories.csv on the running server', () => {
  describe('when a reader downloads a long list as fast as it can', () => {
    it('answers 20 people who sign meanwhile before the download ends, not after it', async () => {
      server = await startServer();
      await withVerifiedRows(server, 200_000);
      const res = await fetch(`${server.origin}/api/letters/${slug}/signatories.csv`);
      const reader = res.body!.getReader();
      await reader.read();

      let downloadEnded = false;
      const download = (async () => {
        let lines = 0;
        for (let r = await reader.read(); !r.done; r = await reader.read()) for (const byte of r.value) if (byte === 10) lines++;
        downloadEnded = true;
        return lines;
      })();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signature(i).then((r) => ({ status: r.status, duringDownload: !downloadEnded }))));

      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(202));
      expect(answers.every((a) => a.duringDownload)).toBe(true);
      // Header and first rows came with the first chunk; the rest must all arrive.
      expect(await download).toBeGreaterThan(199_000);
    });
  });
});
