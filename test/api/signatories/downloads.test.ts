import { describe, expect, it } from 'vitest';
import { concurrentDownloads } from '../../../api/db/reader.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { type TestApp, insertVerifiedRows, sign } from '../../helpers/signatures.ts';

const csvPath = `/api/letters/${openLetter}/signatories.csv`;

/** A download its reader has started and then left: the header and a page read, the rest waiting. */
async function startedDownload(app: TestApp) {
  const res = await app.api.request(csvPath);
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  let bytes = 0;
  while (bytes < 4096) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the download ended before its reader paused: the list is too short for this test');
    bytes += value.length;
  }
  return reader;
}

/** Fails rather than waits when `work` is held up: a signature queued behind a download would never come back. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);
}

describe('GET /api/letters/:slug/signatories.csv', () => {
  describe('when a slow reader holds the download of a long list open', () => {
    it('lets 20 people sign meanwhile, each answered 202 at once, and then sends the whole list', async () => {
      const app = await testApp();
      await insertVerifiedRows(app.db, 20_000);
      const reader = await startedDownload(app);

      for (let i = 0; i < 20; i++) {
        const res = await within(5000, Promise.resolve(app.post(`/api/letters/${openLetter}/signatures`, { name: `Signer ${i}`, email: `meanwhile-${i}@example.org`, kind: 'individual', country: 'GB-WLS', consent: true })));
        expect(res.status).toBe(202);
      }

      let rest = '';
      const decoder = new TextDecoder();
      for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decoder.decode(r.value, { stream: true });
      expect(rest.endsWith('\r\n')).toBe(true);
    });
  });

  describe(`when ${concurrentDownloads} downloads are already streaming from this server`, () => {
    it('answers one more 503 downloads_busy with Retry-After, and serves the next once one has ended', async () => {
      const app = await testApp();
      await insertVerifiedRows(app.db, 20_000);
      const open = [];
      for (let i = 0; i < concurrentDownloads; i++) open.push(await startedDownload(app));

      const refused = await app.api.request(csvPath);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('downloads_busy');

      // A reader that goes away (a closed tab) gives its slot back.
      await open.pop()!.cancel();
      const next = await app.api.request(csvPath);
      expect(next.status).toBe(200);
      await next.body!.cancel();
      for (const reader of open) await reader.cancel();
    });

    it('still answers a cache revalidation (304), which streams nothing', async () => {
      const app = await testApp();
      await insertVerifiedRows(app.db, 20_000);
      const etag = (await app.api.request(csvPath, { method: 'HEAD' })).headers.get('etag');
      const open = [];
      for (let i = 0; i < concurrentDownloads; i++) open.push(await startedDownload(app));

      const revalidated = await app.api.request(csvPath, { headers: { 'if-none-match': etag ?? '' } });
      expect(revalidated.status).toBe(304);
      for (const reader of open) await reader.cancel();
    });
  });
});
