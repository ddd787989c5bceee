import { recordAudit } from '../admin/audit.repository.ts';
import type { Deps } from '../deps.ts';
import { withLeaseIfFree } from '../locks/lease.ts';
import { nothingRemoved, readLastRun, recordRun, type Removed, removedAnything, type RetentionRun, sweepActor } from './retention.run.ts';
import { sweep } from './retention.service.ts';

/**
 * When the sweep runs: every server has a timer, set for when the last sweep (on whichever
 * server) says the next is due, and the first shortly after it starts. The one whose timer fires
 * first takes the `retention` lease (api/locks/lease.ts) without waiting; inside it, it reads
 * the last run again and sweeps only if one is still due, so with several servers on one
 * database a sweep runs once an interval, one at a time, and a server that finds the lease
 * taken just looks again later. Dates come from the campaign clock (`deps.clock`), as every
 * other date does.
 */
export const sweepEveryMs = 60 * 60_000;
/** Long enough for the server to have answered its first requests; short enough that a fresh start shows a run at once. */
const firstRunMs = 2_000;
/** After a failure, or while another server is sweeping. */
const retryMs = 5 * 60_000;
export const retentionLease = 'retention';

type SweepDeps = Pick<Deps, 'db' | 'clock' | 'letters' | 'uploads'>;
type Sweeping = { stopping: () => boolean };

export const nextRunAt = (last: Pick<RetentionRun, 'at'>): Date => new Date(new Date(last.at).getTime() + sweepEveryMs);

/**
 * One sweep now, recorded: an audit entry with what it removed (counts only) when it removed
 * anything, even if it was cut short, and the run itself (its time, for "last run, next run")
 * when it finished.
 */
export async function sweepNow(deps: SweepDeps, sweeping: Sweeping = { stopping: () => false }): Promise<Removed> {
  const at = deps.clock();
  const last = await readLastRun(deps.db);
  const removed = nothingRemoved();
  let result: Awaited<ReturnType<typeof sweep>> | undefined;
  try {
    result = await sweep(deps, last?.swept ?? {}, sweeping, removed);
  } finally {
    await deps.db.transaction().execute(async (tx) => {
      if (removedAnything(removed)) await recordAudit(tx, { at: deps.clock(), actor: sweepActor, action: 'retention.swept', subject: { type: 'site' }, detail: removed });
      if (result?.finished) await recordRun(tx, { at: at.toISOString(), removed, swept: result.swept });
    });
  }
  return removed;
}

export type SweepOutcome = { outcome: 'swept'; removed: Removed } | { outcome: 'not_due' } | { outcome: 'busy' };

/** `busy`: another server holds the lease (sweeping now); `not_due`: the last sweep is recent. */
export async function sweepIfDue(deps: SweepDeps, sweeping: Sweeping): Promise<SweepOutcome> {
  const done = await withLeaseIfFree(deps.db, retentionLease, async (): Promise<SweepOutcome> => {
    const last = await readLastRun(deps.db);
    if (last && nextRunAt(last) > deps.clock()) return { outcome: 'not_due' };
    return { outcome: 'swept', removed: await sweepNow(deps, sweeping) };
  });
  return done ?? { outcome: 'busy' };
}

/** Starts this server's timer; `stop()` ends it, letting a sweep under way finish its batch. */
export function startRetention(deps: SweepDeps, { log }: { log: (line: string) => void }): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const sweeping = { stopping: () => stopped };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  const tick = () => {
    running = (async () => {
      try {
        const done = await sweepIfDue(deps, sweeping);
        if (done.outcome === 'busy') return schedule(retryMs);
        if (done.outcome === 'swept' && removedAnything(done.removed)) log(`[retention] removed ${JSON.stringify(done.removed)}`);
        const last = await readLastRun(deps.db);
        schedule(last ? Math.max(nextRunAt(last).getTime() - deps.clock().getTime(), 0) + 1000 : retryMs);
      } catch (e) {
        log(`[retention] sweep failed: ${(e as Error).message}`);
        schedule(retryMs);
      }
    })();
  };
  schedule(firstRunMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
