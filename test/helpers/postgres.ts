import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** Which database this run of the suites uses: the `postgres` Vitest project sets TEST_DB. */
export const onPostgres = process.env.TEST_DB === 'postgres';

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh, migrated PostgreSQL database cloned from the run's template (or, with
 * `template: 'template0'`, an empty one); `drop()` removes it.
 */
export async function freshPostgresDatabase(options: { template?: string } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const { adminUrl, template: migrated } = inject('postgres');
  const template = options.template ?? migrated;
  const name = `llofnod_t_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
