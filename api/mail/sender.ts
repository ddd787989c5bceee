import type { Deps } from '../deps.ts';
import { findLetter } from '../letters/letter.service.ts';
import { findSignature } from '../signatures/signature.repository.ts';
import { issueToken } from '../tokens/token.service.ts';
import { claimMail, dueMails, markFailed, markRetry, markSent } from './outbox.repository.ts';
import type { OutboxMail } from './outbox.table.ts';
import { alreadySignedMail, confirmMail } from './templates/signature.mails.ts';
import type { Envelope, Mailer } from './transport.ts';

/** Waits between attempts: quick at first for a blip, then hours for an outage. */
const backoffMs = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];
/** How long one attempt may hold a mail before another sender may try it. */
const claimMs = 120_000;

type SenderDeps = Deps & { mailer: Mailer; publicOrigin: string; log?: (line: string) => void };

/** A refusal the server means for good (5xx): retrying would only annoy the server. */
function isPermanent(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  // The reply code decides when there is one: nodemailer calls every refused recipient
  // EENVELOPE, a 4xx "try again later" (greylisting, full mailbox) included.
  if (typeof e.responseCode === 'number') return e.responseCode >= 500;
  // EENVELOPE with no reply: an address nodemailer cannot send to at all.
  return e.code === 'EENVELOPE';
}

async function render(deps: SenderDeps, mail: OutboxMail, now: Date): Promise<{ envelope: Envelope; note?: string } | undefined> {
  const s = await findSignature(deps.db, mail.signature_id);
  if (!s || s.state === 'withdrawn') return undefined;
  const letter = findLetter(deps, s.letter);
  const origin = deps.publicOrigin;
  // Tokens are made at send time, so the database never holds one in the clear.
  const withdrawUrl = `${origin}/withdraw/${await issueToken(deps.db, s.id, 'withdraw', now)}`;
  const common = { name: s.name, letterTitle: letter.title, letterUrl: `${origin}/letters/${letter.slug}`, withdrawUrl };
  if (mail.kind === 'confirm') {
    if (s.state !== 'pending') return undefined;
    const confirmUrl = `${origin}/confirm/${await issueToken(deps.db, s.id, 'confirm', now)}`;
    return { envelope: { to: s.email, ...confirmMail({ ...common, confirmUrl }) }, note: `confirm link: ${confirmUrl}` };
  }
  return { envelope: { to: s.email, ...alreadySignedMail(common) } };
}

async function deliver(deps: SenderDeps, mail: OutboxMail): Promise<void> {
  const now = deps.clock();
  if (!(await claimMail(deps.db, mail, new Date(now.getTime() + claimMs)))) return;
  try {
    const rendered = await render(deps, mail, now);
    if (rendered) await deps.mailer.send(rendered.envelope, rendered.note);
    await markSent(deps.db, mail.id, deps.clock());
  } catch (error) {
    // SMTP replies often quote the address; no log line may carry one.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/[^\s<>"@]+@[^\s<>"@]+/g, '<address>').slice(0, 500);
    const attempt = mail.attempts + 1;
    if (isPermanent(error) || attempt > backoffMs.length) {
      await markFailed(deps.db, mail.id, deps.clock(), reason);
      deps.log?.(`[mail] outbox #${mail.id} failed for good: ${reason}`);
    } else {
      const wait = backoffMs[attempt - 1] ?? backoffMs.at(-1)!;
      await markRetry(deps.db, mail.id, new Date(deps.clock().getTime() + wait), reason);
      deps.log?.(`[mail] outbox #${mail.id} will be retried in ${wait / 1000}s: ${reason}`);
    }
  }
}

/** Sends every mail that is due now; returns how many it looked at. */
export async function deliverDue(deps: SenderDeps, batch = 20): Promise<number> {
  const due = await dueMails(deps.db, deps.clock(), batch);
  for (const mail of due) await deliver(deps, mail);
  return due.length;
}

/** The sender loop inside the server process: polls the outbox until stopped. */
export function startSender(deps: SenderDeps, everyMs = 500): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = deliverDue(deps)
      .catch((e) => deps.log?.(`[mail] sender error: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  let timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
