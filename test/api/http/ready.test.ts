import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { cy } from '../../../api/i18n/errors/cy.ts';
import { testApp } from '../../helpers/app.ts';

describe('GET /api/ready', () => {
  describe('when the database answers with every migration of this release', () => {
    it('answers 200 {"ok":true}', async () => {
      const app = await testApp();
      const res = await app.api.request('/api/ready');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
    });
  });

  describe('when a migration of this release has not run', () => {
    it('answers 503 not_ready with Retry-After, in the reader’s language', async () => {
      const app = await testApp();
      await sql`delete from kysely_migration where name = (select max(name) from kysely_migration)`.execute(app.db);
      const res = await app.api.request('/api/ready', { headers: { 'accept-language': 'cy' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await res.json()).toEqual({ error: { code: 'not_ready', message: cy.not_ready } });
    });
  });

  describe('when a newer release has migrated the database (a rolling upgrade)', () => {
    it('stays ready: migrations only add, so this release keeps working', async () => {
      const app = await testApp();
      await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(app.db);
      const res = await app.api.request('/api/ready');
      expect(res.status).toBe(200);
    });
  });

  describe('when the database has no migrations at all', () => {
    it('answers 503 not_ready, never a 500', async () => {
      const app = await testApp();
      await sql`drop table kysely_migration`.execute(app.db);
      const res = await app.api.request('/api/ready');
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe('not_ready');
    });
  });
});
