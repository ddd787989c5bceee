import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { type Config, defaultSmtpPool } from '../config.ts';
import { log as processLog } from '../log/logger.ts';
import type { RenderedMail } from './templates/layout.ts';

export type Attachment = { filename: string; content: Uint8Array; contentType: string };
/** `messageKey`: the left part of the Message-ID, for a mail that must carry the same one on every attempt. */
export type Envelope = RenderedMail & { to: string; headers?: Record<string, string>; attachments?: Attachment[]; messageKey?: string };

const attachmentsOf = (m: Envelope) => m.attachments?.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType }));

/** The domain MAIL_FROM sends from, which Message-IDs end in. */
const domainOf = (from: string) => /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';

/**
 * Where mail goes. `console` is what a person running Llofnod locally sees in place of a
 * mailbox (the confirm link); it is never used when a real SMTP server is configured.
 */
export type Mailer = { send(mail: Envelope, consoleNote?: string): Promise<void>; close(): void };

type MailerConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'> & Partial<Pick<Config, 'smtpPool'>>;

/** SMTP when SMTP_URL is set; otherwise .eml files under DATA_DIR/outbox and the link on the console. */
export function createMailer(config: MailerConfig, log = (line: string) => processLog.info(line)): Mailer {
  const base = { from: config.mailFrom, headers: { 'Auto-Submitted': 'auto-generated' } };
  const domain = domainOf(config.mailFrom);
  // Without a key nodemailer makes a random Message-ID.
  const options = (m: Envelope) => ({
    ...base,
    messageId: m.messageKey ? `<${m.messageKey}@${domain}>` : undefined,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    headers: { ...base.headers, ...m.headers },
    attachments: attachmentsOf(m),
  });
  if (config.smtpUrl) {
    // A new connection (greeting, EHLO, perhaps TLS and AUTH) for every mail is what held mail
    // to a few a second: the pool keeps `smtpPool` connections open and sends on each in turn.
    // Options in the URL's query (`?maxConnections=2`) win over these.
    const smtp = nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: config.smtpPool ?? defaultSmtpPool, maxMessages: Infinity });
    return {
      async send(m) {
        await smtp.sendMail(options(m));
      },
      close: () => smtp.close(),
    };
  }
  const dir = path.join(config.dataDir, 'outbox');
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });
  let n = 0;
  return {
    async send(m, consoleNote) {
      const info = await files.sendMail(options(m));
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++n}.eml`);
      await fs.writeFile(file, info.message as Buffer);
      log(`[mail] written to ${path.relative(process.cwd(), file)}${consoleNote ? `\n[mail] ${consoleNote}` : ''}`);
    },
    close() {},
  };
}
