import { sql } from 'kysely';
import { normaliseAdminEmail } from '../admin/admin-emails.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import type { Locale } from '../i18n/locale.ts';
import { localePath } from '../i18n/locale.ts';
import { letterText } from '../letters/letter.catalogue.ts';
import { enqueueMail } from '../mail/outbox.repository.ts';
import { trendAlertMail } from '../mail/templates/abuse.mails.ts';
import type { Envelope } from '../mail/transport.ts';
import { type Thresholds, type TrendSource, trendSources, trendingReport } from './trending.service.ts';

/** What crossed the alert threshold: which letter, which kind of source, how many. Never the source itself. */
export type Finding = { letter: string; source: TrendSource; n: number };

const settingsKey = 'trend_alert';
const hourMs = 3_600_000;

/**
 * Takes the hour's one alert for this server, or finds another took it less than an hour ago:
 * one conditional statement, atomic on SQLite and on PostgreSQL, so several servers checking
 * at once mail the campaigners once.
 */
async function claimAlert(tx: Db, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const claimed = await tx
    .insertInto('settings')
    .values({ key: settingsKey, value: JSON.stringify(at), updated_at: at, updated_by: 'trending report' })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: sql`excluded.value`, updated_at: sql`excluded.updated_at` })
        .where('settings.updated_at', '<=', new Date(now.getTime() - hourMs).toISOString()),
    )
    .returning('updated_at')
    .executeTakeFirst();
  return claimed?.updated_at === at;
}

/** Each campaigner hears in the language they last signed in with (English if they never have). */
async function localeOfCampaigner(tx: Db, email: string): Promise<Locale> {
  const last = await tx.selectFrom('admin_sign_ins').select('locale').where('email', '=', email).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return last?.locale ?? 'en';
}

/**
 * Run every few minutes by each server (api/abuse/trend-watch.ts): if any source of the last
 * hour is at the alert threshold and no alert went in the past hour, every campaigner in
 * ADMIN_EMAILS is mailed one, through the outbox. Returns what was found, mailed or not.
 */
export async function checkTrends(deps: Pick<Deps, 'db' | 'clock' | 'letters'>, thresholds: Thresholds, adminEmails: readonly string[]): Promise<{ findings: Finding[]; mailed: boolean }> {
  const report = await trendingReport(deps, thresholds);
  const findings = trendSources.flatMap((source) => report.bySource[source].filter((r) => r.level === 'alert').map((r) => ({ letter: r.letter, source, n: r.n })));
  if (findings.length === 0 || adminEmails.length === 0) return { findings, mailed: false };
  const now = deps.clock();
  const mailed = await deps.db.transaction().execute(async (tx) => {
    if (!(await claimAlert(tx, now))) return false;
    for (const email of new Set(adminEmails.map(normaliseAdminEmail))) {
      const { id } = await tx
        .insertInto('abuse_alerts')
        .values({ email, locale: await localeOfCampaigner(tx, email), at: now.toISOString(), hour_start: report.from.toISOString(), findings: JSON.stringify(findings) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await enqueueMail(tx, 'trend_alert', { alertId: id }, now);
    }
    return true;
  });
  return { findings, mailed };
}

/** The alert's mail, written by the outbox sender. */
export async function trendAlertEnvelope(deps: Pick<Deps, 'letters'>, db: Db, alertId: number, publicOrigin: string): Promise<Envelope | undefined> {
  const alert = await db.selectFrom('abuse_alerts').selectAll().where('id', '=', alertId).executeTakeFirst();
  if (!alert) return undefined;
  const findings = (JSON.parse(alert.findings) as Finding[]).map((f) => {
    const letter = deps.letters.get(f.letter);
    return { ...f, letterTitle: letter ? letterText(letter, alert.locale).title : f.letter };
  });
  const reportUrl = `${publicOrigin}${localePath(alert.locale, '/admin/trending')}`;
  return { to: alert.email, ...trendAlertMail({ locale: alert.locale, origin: publicOrigin, from: new Date(alert.hour_start), to: new Date(alert.at), findings, reportUrl }) };
}
