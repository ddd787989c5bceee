import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../../api/db/migrate.ts';
import { testApp } from '../../helpers/app.ts';

describe('upgrading a database that already has the network', () => {
  it('adds comments.member_id though its migration’s name sorts before the network’s', async () => {
    const app = await testApp();
    // As a database migrated before 2026-12-08-member-comments shipped: the network there, the column not.
    await app.db.schema.dropIndex('comments_member').execute();
    await app.db.schema.alterTable('comments').dropColumn('member_id').execute();
    await sql`delete from kysely_migration where name = '2026-12-08-member-comments'`.execute(app.db);

    await migrateToLatest(app.db);
    const names = (await sql<{ name: string }>`select name from kysely_migration`.execute(app.db)).rows.map((r) => r.name);
    expect(names).toContain('2026-12-08-member-comments');
    expect(await app.db.selectFrom('comments').select('member_id').execute()).toEqual([]);
  });
});
