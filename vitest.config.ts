import { defineConfig } from 'vitest/config';

/**
 * The suites run twice: on SQLite files, and on a real PostgreSQL (started by the set-up in a
 * temporary folder, or the one at TEST_DATABASE_URL). The browser suite and the SQLite file
 * checks run on SQLite only. `npm test -- --project sqlite` runs one of them.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/helpers/quiet-logs.ts'],
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/**/*.postgres.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/api/**/*.test.ts', 'test/site/**/*.test.ts', 'test/server/**/*.test.ts'],
          exclude: ['test/**/*.sqlite.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/helpers/postgres.setup.ts'],
        },
      },
    ],
  },
});
