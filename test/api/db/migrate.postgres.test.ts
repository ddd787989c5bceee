import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDb } from '../../../api/db/connect.ts';
import { migrationNames } from '../../../api/db/migrate.ts';
import { freshPostgresDatabase } from '../../helpers/postgres.ts';

describe('several servers starting at once on an empty PostgreSQL database', () => {
  it('migrate it once: one runs the migrations, the others wait and find them done', async () => {
    const empty = await freshPostgresDatabase({ template: 'template0' });
    try {
      const servers = await Promise.all(Array.from({ length: 4 }, () => connectDb({ dataDir: '/nonexistent', databaseUrl: empty.url })));
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(servers[0]!);
      expect(applied.rows.map((r) => r.name)).toEqual(migrationNames);
      // Every server can use the schema it found.
      for (const db of servers) expect((await db.selectFrom('signatures').select('id').execute()).length).toBe(0);
      await Promise.all(servers.map((db) => db.destroy()));
    } finally {
      await empty.drop();
    }
  });
});
