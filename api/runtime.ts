import { createApi } from './app.ts';
import { type AnswerCache, answerCache } from './http/answer-cache.ts';
import { readListVersion } from './lists/list-version.ts';
import { type Config, clockFor, loadConfig } from './config.ts';
import { connectDb } from './db/connect.ts';
import { openReader } from './db/reader.ts';
import type { Deps } from './deps.ts';
import { loadLetterCatalogue } from './letters/letter.catalogue.ts';
import { newSenderId, startSender } from './mail/sender-loop.ts';
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
  const letters = loadLetterCatalogue(config.rootDir);
  const db = await connectDb(config);
  const reader = openReader(config);
  const deps: Deps = { db, reader, letters, clock: clockFor(config), uploads: uploadStore(config.dataDir), abuse: config.abuse };
  const mailer = createMailer(config);
  if (!config.smtpUrl) console.log(`[mail] no SMTP_URL: mail is written to ${config.dataDir}/outbox`);
  const senderId = newSenderId(config.serverId);
  const sender = startSender({ ...deps, mailer, publicOrigin: config.publicOrigin, senderId, mailsPerSecond: config.smtpRate, log: console.log });
  const retention = startRetention(deps, { log: console.log });
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
      mailer.close();
      await reader.destroy();
      await db.destroy();
    },
  };
}
