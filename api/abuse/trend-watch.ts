import type { Deps } from '../deps.ts';
import { every } from '../schedule/every.ts';
import { checkTrends } from './trend-alert.service.ts';
import type { Thresholds } from './trending.service.ts';

/** How often each server looks at the last hour: an alert goes within minutes of a flood crossing the threshold. */
export const watchEveryMs = 2 * 60_000;

/** The trending alert's check, on every server; the claim in checkTrends keeps it to one mail an hour. */
export function startTrendWatch(
  deps: Pick<Deps, 'db' | 'clock' | 'letters'>,
  { thresholds, adminEmails, log }: { thresholds: Thresholds; adminEmails: readonly string[]; log: (message: string, error: unknown) => void },
) {
  return every(() => checkTrends(deps, thresholds, adminEmails), { everyMs: watchEveryMs, log });
}
