/**
 * `npm start`: build when the sources are newer than dist/, then run the server (server.ts)
 * in this process. Configuration is checked before the build, so a bad variable is reported
 * at once by name instead of after a minute of building.
 */
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from '../api/config.ts';
import { UnsafeDatabaseError } from '../api/db/sqlite.ts';
import { ensureBuilt, entryPath } from './lib/build.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

try {
  ensureBuilt();
} catch (error) {
  fail((error as Error).message);
}

// The adapter reads HOST and PORT itself; its own defaults (localhost:8080) are not DESIGN.md's,
// so they are always passed, with the defaults api/config.ts applied.
process.env.HOST = config.host;
process.env.PORT = String(config.port);
process.env.ASTRO_TELEMETRY_DISABLED = '1';

try {
  await import(pathToFileURL(entryPath).href);
} catch (error) {
  // The bundle has its own copies of these classes, so they are recognised by name.
  const name = (error as Error)?.constructor?.name;
  if (error instanceof ConfigError || error instanceof UnsafeDatabaseError || name === 'ConfigError' || name === 'UnsafeDatabaseError') {
    fail((error as Error).message);
  }
  throw error;
}
console.log(`Llofnod: http://${config.host}:${config.port}  (data in ${config.dataDir}; Ctrl-C to stop)`);
