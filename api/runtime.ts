import { startTrendWatch } from './abuse/trend-watch.ts';
import { createApi } from './app.ts';
import { type AnswerCache, answerCache } from './http/answer-cache.ts';
import { readListVersion } from './lists/list-version.ts';
import { type Config, clockFor, loadConfig } from './config.ts';
import { connectDb } from './db/connect.ts';
import { openReader } from './db/reader.ts';
import type { Deps } from './deps.ts';
import { loadLetterCatalogue } from './letters/letter.catalogue.ts';
import { log } from './log/logger.ts';
import { newSenderId, startSender } from './mail/sender-loop.ts';
import { startYearlyQuestion } from './network/reconfirm.service.ts';
import { startBoardDigest } from './network/board-digest.service.ts';
import { privacyWarnings } from './privacy/privacy.notice.ts';
import { type Mailer, createMailer } from './mail/transport.ts';
import { startRetention } from './retention/retention.schedule.ts';
import { uploadStore } from './uploads/upload.store.ts';

/** `mailer` is for what a campaigner sends there and then (the delivery pack), answered at once; everything else goes through the outbox. */
export type Runtime = {
  config: Config;
  deps: Deps;
  mailer: Mailer;
  api: ReturnType<typeof createApi>;
  /** Letters' pages and figures as anonymous readers get them, shared by the pages and the API (api/http/answer-cache.ts). */
  answers: AnswerCache;
  stop(): Promise<void>;
};

/**
 * Everything the running server holds: configuration (checked first, so a bad variable stops
 * the start with its name), the database, the letters, the mail sender and the retention sweep.
 */
export async function startRuntime(
  env: Record<string, string | undefined> = process.env,
  { stopping = () => false }: { stopping?: () => boolean } = {},
): Promise<Runtime> {
  const config = loadConfig(env);
  log.level = config.logLevel;
  for (const warning of privacyWarnings(config.privacy)) log.warn({ module: 'privacy' }, warning);
  const letters = loadLetterCatalogue(config.rootDir);
  const db = await connectDb(config);
  const reader = openReader(config);
  const deps: Deps = { db, reader, letters, clock: clockFor(config), uploads: uploadStore(config.dataDir), abuse: config.abuse, moderation: config.moderation, board: config.board, comments: config.comments };
  const mailLog = log.child({ module: 'mail' });
  const mailer = createMailer(config, (line) => mailLog.info(line));
  if (!config.smtpUrl) mailLog.info(`no SMTP_URL: mail is written to ${config.dataDir}/outbox`);
  const senderId = newSenderId(config.serverId);
  // Every line of the sender's is a problem or a recovery from one: a mail retried or failed names its outbox row, never its address.
  const sender = startSender({ ...deps, mailer, publicOrigin: config.publicOrigin, senderId, mailsPerSecond: config.smtpRate, log: (line) => mailLog.warn(line) });
  const trendLog = log.child({ module: 'trending' });
  const trendWatch = startTrendWatch(deps, { thresholds: config.trending, adminEmails: config.adminEmails, log: (message, err) => trendLog.error({ err }, message) });
  const retentionLog = log.child({ module: 'retention' });
  const retention = startRetention(deps, { log: (line) => retentionLog.info(line) });
  const networkLog = log.child({ module: 'network' });
  const yearlyQuestion = startYearlyQuestion(deps, { log: (message, err) => networkLog.error({ err }, message) });
  const boardDigest = startBoardDigest(deps, { log: (message, err) => networkLog.error({ err }, message) });
  const answers = answerCache({ version: async (slug) => (await readListVersion(db, slug)).version, stopping });
  return {
    config,
    deps,
    mailer,
    api: createApi({ ...deps, config }, { stopping, answers }),
    answers,
    async stop() {
      await retention.stop();
      await sender.stop();
      await trendWatch.stop();
      await yearlyQuestion.stop();
      await boardDigest.stop();
      mailer.close();
      await reader.destroy();
      await db.destroy();
    },
  };
}
