/**
 * Global set-up of the PostgreSQL run of the suites: a real PostgreSQL (the one at
 * TEST_DATABASE_URL, or a throwaway cluster started here), and one migrated template database
 * that every test clones, so a test gets a fresh database in milliseconds.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDb } from '../../api/db/connect.ts';
import { type LocalPostgres, startLocalPostgres } from '../../scripts/lib/postgres.ts';
import { databaseUrl } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { adminUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  let local: LocalPostgres | undefined;
  const adminUrl = process.env.TEST_DATABASE_URL || (local = await startLocalPostgres()).url;
  const template = `llofnod_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const db = await connectDb({ dataDir: '/nonexistent', databaseUrl: databaseUrl(adminUrl, template) });
  await db.destroy();
  project.provide('postgres', { adminUrl, template });
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
    local?.remove();
  };
}
