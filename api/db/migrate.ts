import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as m20261122 from './migrations/2026-11-22-signatures.ts';
import * as m20261123organisations from './migrations/2026-11-23-organisations.ts';
import * as m20261123workspace from './migrations/2026-11-23-workspace.ts';
import * as m20261124organisationExtras from './migrations/2026-11-24-organisation-extras.ts';
import * as m20261124support from './migrations/2026-11-24-support.ts';
import * as m20261125delivery from './migrations/2026-11-25-delivery.ts';
import * as m20261125letterLife from './migrations/2026-11-25-letter-life.ts';
import * as m20261125updates from './migrations/2026-11-25-updates.ts';
import * as m20261126listVersions from './migrations/2026-11-26-list-versions.ts';
import * as m20261126snapshots from './migrations/2026-11-26-snapshots.ts';
import * as m20261127counters from './migrations/2026-11-27-counters.ts';
import * as m20261204locks from './migrations/2026-12-04-locks.ts';
import * as m20261204mailSeconds from './migrations/2026-12-04-mail-seconds.ts';
import * as m20261204outboxClaims from './migrations/2026-12-04-outbox-claims.ts';
import * as m20261205abuse from './migrations/2026-12-05-abuse.ts';
import * as m20261205retention from './migrations/2026-12-05-retention.ts';
import * as m20261206consent from './migrations/2026-12-06-consent.ts';
import * as m20261206rights from './migrations/2026-12-06-rights.ts';
import * as m20261206trendingReview from './migrations/2026-12-06-trending-review.ts';
import * as m20261207comments from './migrations/2026-12-07-comments.ts';
import * as m20261208network from './migrations/2026-12-08-network.ts';
import * as m20261208networkMemberComments from './migrations/2026-12-08-network-member-comments.ts';
import * as m20261207publicationRequests from './migrations/2026-12-07-publication-requests.ts';

/** Listed explicitly: the build ships no migration files to read at run time. */
const migrations: Record<string, Migration> = {
  '2026-11-22-signatures': m20261122,
  '2026-11-23-organisations': m20261123organisations,
  '2026-11-23-workspace': m20261123workspace,
  '2026-11-24-organisation-extras': m20261124organisationExtras,
  '2026-11-24-support': m20261124support,
  '2026-11-25-delivery': m20261125delivery,
  '2026-11-25-letter-life': m20261125letterLife,
  '2026-11-25-updates': m20261125updates,
  '2026-11-26-list-versions': m20261126listVersions,
  '2026-11-26-snapshots': m20261126snapshots,
  '2026-11-27-counters': m20261127counters,
  '2026-12-04-locks': m20261204locks,
  '2026-12-04-mail-seconds': m20261204mailSeconds,
  '2026-12-04-outbox-claims': m20261204outboxClaims,
  '2026-12-05-abuse': m20261205abuse,
  '2026-12-05-retention': m20261205retention,
  '2026-12-06-consent': m20261206consent,
  '2026-12-06-rights': m20261206rights,
  '2026-12-06-trending-review': m20261206trendingReview,
  '2026-12-07-comments': m20261207comments,
  '2026-12-08-network': m20261208network,
  '2026-12-08-network-member-comments': m20261208networkMemberComments,
  '2026-12-07-publication-requests': m20261207publicationRequests,
};

/** In the order they run: what a database whose schema is current has recorded. */
export const migrationNames = Object.keys(migrations).sort();

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Whether the database has run every migration of this build, as Kysely recorded them in
 * `kysely_migration`: one still to run leaves a table or column missing. Migrations a newer
 * release added are fine: they only add, so this build keeps working through a rolling
 * upgrade. Throws when the database does not answer.
 */
export async function migrationsCurrent(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const recorded = new Set(rows.map((r) => r.name));
  return migrationNames.every((name) => recorded.has(name));
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
