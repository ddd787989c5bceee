import { log } from '../../api/log/logger.ts';

/**
 * The API tests run the app in this process: its request lines would bury Vitest's report.
 * (The built server's lines are read where they matter: test/server/logs.test.ts.)
 */
log.level = 'silent';
