import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { en } from '../../../api/i18n/errors/en.ts';
import { aSigner, openLetter, testApp } from '../../helpers/app.ts';

describe('POST /api/letters/:slug/signatures', () => {
  describe('when another process holds the SQLite write lock past the busy timeout', () => {
    it('answers 503 unavailable with Retry-After, and stores nothing', async () => {
      const app = await testApp();
      const other = new Database(path.join(app.dataDir, 'llofnod.sqlite'));
      other.exec('begin immediate');
      try {
        const res = await app.post(`/api/letters/${openLetter}/signatures`, aSigner());
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await res.json()).toEqual({ error: { code: 'unavailable', message: en.unavailable } });
      } finally {
        other.exec('rollback');
        other.close();
      }
      const { n } = (await app.db.selectFrom('signatures').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow());
      expect(n).toBe(0);
    });
  });
});
