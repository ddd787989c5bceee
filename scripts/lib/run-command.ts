import { ConfigError } from '../../api/config.ts';

/**
 * Runs a command-line script's `main`, whose answer is the exit code. Bad configuration is
 * said in its own words (the variable to fix); anything else unexpected is shown whole.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof ConfigError ? e.message : e);
      process.exitCode = 1;
    },
  );
}
