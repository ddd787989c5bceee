/**
 * Work a server does by itself on a schedule (the trending alert's check): first after
 * `firstMs`, then every `everyMs` after the last run ended, so a slow run never overlaps the
 * next. A run that fails is logged and the schedule goes on. `stop()` waits for a run in flight.
 */
export function every(
  task: () => Promise<unknown>,
  { everyMs, firstMs = everyMs, log }: { everyMs: number; firstMs?: number; log: (message: string, error: unknown) => void },
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    running = task()
      .then(
        () => undefined,
        (error) => log('scheduled work failed', error),
      )
      .finally(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(run, everyMs).unref();
      });
  };
  timer = setTimeout(run, firstMs).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
