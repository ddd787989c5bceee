/**
 * `npm start`: build when the sources are newer than dist/, then become the server (server.mjs,
 * with its Node flags). Configuration is checked before the build, so a bad variable is
 * reported at once by name instead of after a minute of building.
 */
import { ConfigError, loadConfig } from '../api/config.ts';
import { ensureBuilt, serverArgs } from './lib/build.ts';

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

// The server reads HOST and PORT from the environment; the defaults api/config.ts applies are passed on.
// execve: this process becomes the server (same pid, signals straight to it), without this
// script's TypeScript loader in its memory.
if (!process.execve) fail('npm start needs Linux or macOS (process.execve); elsewhere run: node ' + serverArgs.join(' '));
process.execve(process.execPath, [process.execPath, ...serverArgs], {
  ...process.env,
  HOST: config.host,
  PORT: String(config.port),
  ASTRO_TELEMETRY_DISABLED: '1',
});
