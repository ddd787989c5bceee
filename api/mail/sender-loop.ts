import crypto from 'node:crypto';
import { scrub } from '../log/redact.ts';
import { releaseEarlierRuns } from './outbox.repository.ts';
import { deliverDue, type SenderDeps } from './sender.ts';

/**
 * A new id for a starting sender: its server's name (SERVER_ID, or host and port), which a
 * restart keeps, then "/" and a part of this run's own (the process id for the operator and a
 * random part, since pids repeat).
 */
export function newSenderId(server: string): string {
  return `${server}/${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
}

/** How soon a worker that found mail looks again when its batch was not full. */
const busyMs = 50;

export type SenderOptions = {
  /** How long an idle worker waits before it looks again. */
  everyMs?: number;
  /** Mails a worker claims at once (one commit to claim, one to record). */
  batch?: number;
  /** Workers claiming and sending side by side: while one batch is on its way, the next is claimed and written. */
  workers?: number;
};

/**
 * The sender inside the server process, until stopped. It first makes due the mails an earlier
 * run of this server died holding, then its workers poll the outbox; after a full batch a
 * worker goes straight on, so a rush of signatures is mailed as fast as it arrives, and after
 * any mail it looks again within `busyMs`, so a steady trickle waits no poll interval. Under a cap
 * (`mailsPerSecond`) a worker that got less than a full batch waits for the next second.
 */
export function startSender(deps: SenderDeps, { everyMs = 500, batch = 50, workers = 2 }: SenderOptions = {}): { stop(): Promise<void> } {
  let stopped = false;
  let stop!: () => void;
  const stopping = new Promise<void>((resolve) => (stop = resolve));
  const pause = (ms: number) => {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), stopping]).finally(() => clearTimeout(timer));
  };
  const complain = (e: unknown) => deps.log?.(`[mail] sender error: ${scrub(e instanceof Error ? e.message : String(e))}`);

  async function work(): Promise<void> {
    while (!stopped) {
      const taken = await deliverDue(deps, batch).catch((e: unknown) => (complain(e), 0));
      if (stopped) return;
      if (taken >= batch) continue;
      // Mail that came now is likely followed by more: look again soon, but let a few gather first.
      const idle = taken > 0 ? busyMs : everyMs;
      await pause(deps.mailsPerSecond ? 1000 - (deps.clock().getTime() % 1000) : idle);
    }
  }

  async function run(): Promise<void> {
    const server = deps.senderId.slice(0, deps.senderId.lastIndexOf('/'));
    if (server) {
      const released = await releaseEarlierRuns(deps.db, server, deps.senderId, deps.clock()).catch((e: unknown) => (complain(e), 0));
      if (released > 0) deps.log?.(`[mail] ${released} mails held by an earlier run of ${server} are due again`);
    }
    await Promise.all(Array.from({ length: workers }, work));
  }

  const running = run();
  return {
    async stop() {
      stopped = true;
      stop();
      await running;
    },
  };
}
