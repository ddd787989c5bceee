import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseRange } from './abuse/client-address.ts';
import { type AbusePolicy, defaultAbusePolicy } from './abuse/sign-limits.ts';
import { type Thresholds, defaultThresholds } from './abuse/trending.service.ts';
import { defaultReportsToHide } from './network/board.service.ts';
import { type ModerationPolicy, defaultModerationPolicy } from './comments/moderation.policy.ts';
import { type CommentPolicy, defaultCommentPolicy } from './comments/comment.policy.ts';
import { type LogLevel, logLevels } from './log/logger.ts';
import type { PrivacySettings } from './privacy/privacy.notice.ts';

/** Thrown before the server starts, so the operator sees which variable to fix. */
export class ConfigError extends Error {}

/** Parallel SMTP connections when SMTP_POOL is unset: what most providers allow one client. */
export const defaultSmtpPool = 5;

const emailList = z
  .string()
  .transform((raw) => raw.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.email()));

function isHttpUrl(u: string): boolean {
  try {
    return /^https?:$/.test(new URL(u).protocol);
  } catch {
    return false;
  }
}

/** `N/S`: at most N signatures in S seconds. */
const window = z
  .string()
  .regex(/^\d+\/\d+$/, 'must be a count and seconds, such as 5/300')
  .transform((raw) => {
    const [count, seconds] = raw.split('/').map(Number);
    return { count: count!, seconds: seconds! };
  })
  .refine((w) => w.count >= 1 && w.seconds >= 1, 'must allow at least 1 in at least 1 second');

const rangeList = z
  .string()
  .transform((raw) => raw.split(',').map((s) => s.trim()).filter(Boolean))
  .transform((items, ctx) =>
    items.map((item) => {
      const range = parseRange(item);
      if (!range) ctx.addIssue({ code: 'custom', message: `"${item}" is not an address or a range such as 192.0.2.0/24 or 2001:db8::/48` });
      return range!;
    }),
  );

/** Where a person sends a data request: an email address, or a web page (a form) on http(s). */
const privacyContact = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    if (z.email().safeParse(raw).success) return { email: raw };
    if (isHttpUrl(raw)) return { url: new URL(raw).href };
    ctx.addIssue({ code: 'custom', message: 'must be an email address or an http(s) URL, such as data@example.org or https://example.org/data-requests' });
    return z.NEVER;
  });

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4321),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((u) => /^(postgres(ql)?|sqlite|file):/.test(u), 'must start with postgres://, sqlite: or file:')
    .optional(),
  DATABASE_MIGRATION_URL: z
    .string()
    .refine((u) => /^postgres(ql)?:/.test(u), 'must be a postgres:// URL (the same database as DATABASE_URL, not through PgBouncer)')
    .optional(),
  SMTP_URL: z
    .string()
    .refine((u) => /^smtps?:\/\/[^/]+/.test(u), 'must look like smtp://user:pass@host:587')
    .optional(),
  SMTP_POOL: z.coerce.number().int().min(1).max(100).default(defaultSmtpPool),
  SMTP_RATE: z.coerce.number().int().min(1).optional(),
  SERVER_ID: z
    .string()
    // ASCII, so that the database compares it as the server does; no "/", which ends it in outbox.claimed_by.
    .regex(/^[\x21-\x2e\x30-\x7e]+$/, 'must be a name in ASCII without spaces or slashes, such as web-1')
    .max(100)
    .optional(),
  MAIL_FROM: z.string().min(3).default('Llofnod <no-reply@localhost>'),
  PUBLIC_ORIGIN: z
    .string()
    .refine(isHttpUrl, 'must be an http(s) URL such as https://letters.example.org')
    .optional(),
  ADMIN_EMAILS: emailList.optional(),
  NETWORK_COORDINATORS: emailList.optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SIGN_LIMIT_BURST: window.optional(),
  SIGN_LIMIT_SUSTAINED: window.optional(),
  SIGN_LIMIT_ALLOW: rangeList.optional(),
  FORM_MIN_SECONDS: z.coerce.number().min(0).max(60).optional(),
  TREND_NOTICE_PER_HOUR: z.coerce.number().int().min(1).optional(),
  TREND_ALERT_PER_HOUR: z.coerce.number().int().min(1).optional(),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  PRIVACY_CONTROLLER: z.string().trim().min(2).max(300).optional(),
  PRIVACY_CONTACT: privacyContact.optional(),
  COMMENT_REPORTS_TO_HIDE: z.coerce.number().int().min(1).max(100).optional(),
  BOARD_REPORTS_TO_HIDE: z.coerce.number().int().min(1).max(100).optional(),
  COMMENTS_OPEN_DAYS: z.coerce.number().int().min(0).max(3650).optional(),
  COMMENT_HOLD_WORDS: z
    .string()
    .transform((raw) => raw.split(',').map((s) => s.trim()).filter(Boolean))
    .optional(),
  CLOCK_AT: z.iso.datetime({ offset: true, error: 'must be an ISO time such as 2026-11-22T10:00:00Z' }).optional(),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL: a direct connection for migrations when DATABASE_URL goes through a transaction pooler. */
  databaseMigrationUrl: string | undefined;
  smtpUrl: string | undefined;
  /** How many SMTP connections the sender keeps open in parallel. */
  smtpPool: number;
  /** At most this many mails a second leave, all servers together (a provider's limit); undefined: no cap. */
  smtpRate: number | undefined;
  /**
   * This server among the others, the same after a restart: a restarted server knows the mails
   * its earlier run had claimed are held by no one. Must differ between servers running at once.
   */
  serverId: string;
  mailFrom: string;
  publicOrigin: string;
  adminEmails: string[];
  /** The network's coordinators: they sign in to the workspace and reach only its network pages (api/admin/workspace-role.ts). */
  networkCoordinators: string[];
  /** Signing limits, the allowlist, the proxies to trust and the form's minimum time (api/abuse/sign-limits.ts). */
  abuse: AbusePolicy;
  /** Confirmations an hour from one source that the trending report marks, and that it mails the campaigners about. */
  trending: Thresholds;
  /** Who the privacy notice names; unset, it says so in words (api/privacy/privacy.notice.ts). */
  privacy: PrivacySettings;
  /** Readers' comments: days a post takes them when its frontmatter does not say, and the hold list with the campaign's own words. */
  comments: CommentPolicy;
  /** Where content/ and api/places live: the project root that npm scripts run in. */
  rootDir: string;
  /** The least serious log line written (api/log/logger.ts); `silent` writes none. */
  logLevel: LogLevel;
  /** How many readers' reports hide a comment until a campaigner decides (api/comments/moderation.policy.ts). */
  moderation: ModerationPolicy;
  /** How many members' reports hide a board post until a coordinator decides (api/network/board.service.ts). */
  board: { reportsToHide: number };
  /** Tests only: the server's clock starts at this time and runs on, so dated letters stay open in tests. */
  clockAt: Date | undefined;
};

/** The real clock, or one started at CLOCK_AT that keeps running from there. */
export function clockFor(config: Pick<Config, 'clockAt'>): () => Date {
  if (!config.clockAt) return () => new Date();
  const offset = config.clockAt.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as a shell user would expect.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Bad configuration, fix these environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.TREND_NOTICE_PER_HOUR && e.TREND_ALERT_PER_HOUR && e.TREND_NOTICE_PER_HOUR > e.TREND_ALERT_PER_HOUR) {
    throw new ConfigError('Bad configuration, fix these environment variables:\n  TREND_NOTICE_PER_HOUR: must not be more than TREND_ALERT_PER_HOUR');
  }
  if (e.DATABASE_MIGRATION_URL && !/^postgres(ql)?:/.test(e.DATABASE_URL ?? '')) {
    throw new ConfigError('Bad configuration, fix these environment variables:\n  DATABASE_MIGRATION_URL: only for PostgreSQL; set DATABASE_URL to a postgres:// URL too');
  }
  const rootDir = process.cwd();
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(rootDir, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    smtpUrl: e.SMTP_URL,
    smtpPool: e.SMTP_POOL,
    smtpRate: e.SMTP_RATE,
    // The host name alone is not enough: two servers on one machine listen on two ports.
    serverId: e.SERVER_ID ?? `${os.hostname()}:${e.PORT}`,
    mailFrom: e.MAIL_FROM,
    publicOrigin: new URL(e.PUBLIC_ORIGIN ?? `http://${e.HOST}:${e.PORT}`).origin,
    adminEmails: e.ADMIN_EMAILS ?? [],
    networkCoordinators: e.NETWORK_COORDINATORS ?? [],
    abuse: {
      burst: e.SIGN_LIMIT_BURST ?? defaultAbusePolicy.burst,
      sustained: e.SIGN_LIMIT_SUSTAINED ?? defaultAbusePolicy.sustained,
      allow: e.SIGN_LIMIT_ALLOW ?? [],
      trustProxy: e.TRUST_PROXY,
      formMinMs: e.FORM_MIN_SECONDS === undefined ? defaultAbusePolicy.formMinMs : e.FORM_MIN_SECONDS * 1000,
    },
    trending: {
      notice: e.TREND_NOTICE_PER_HOUR ?? Math.min(defaultThresholds.notice, e.TREND_ALERT_PER_HOUR ?? Infinity),
      alert: e.TREND_ALERT_PER_HOUR ?? Math.max(defaultThresholds.alert, e.TREND_NOTICE_PER_HOUR ?? 0),
    },
    privacy: { controller: e.PRIVACY_CONTROLLER, contact: e.PRIVACY_CONTACT },
    comments: {
      ...defaultCommentPolicy,
      openDays: e.COMMENTS_OPEN_DAYS ?? defaultCommentPolicy.openDays,
      holdWords: [...defaultCommentPolicy.holdWords, ...(e.COMMENT_HOLD_WORDS ?? [])],
    },
    rootDir,
    logLevel: e.LOG_LEVEL,
    moderation: { ...defaultModerationPolicy, reportsToHide: e.COMMENT_REPORTS_TO_HIDE ?? defaultModerationPolicy.reportsToHide },
    board: { reportsToHide: e.BOARD_REPORTS_TO_HIDE ?? defaultReportsToHide },
    clockAt: e.CLOCK_AT ? new Date(e.CLOCK_AT) : undefined,
  };
}
