import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** `connection_id`: the SMTP connection (session) the mail came on. */
export type CaughtMail = ParsedMail & { to_address: string; connection_id: string };

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives. `reject` makes it answer
 * RCPT with a code, to show how the sender handles a refusal.
 */
export async function smtpCatcher() {
  const inbox: CaughtMail[] = [];
  const waiters: (() => void)[] = [];
  let reject: { code: number; message: string } | undefined;
  const connections = { open: 0, most: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // No reverse DNS for 127.0.0.1: it costs each mail a lookup.
    disableReverseLookup: true,
    onConnect(_session, callback) {
      connections.open++;
      connections.most = Math.max(connections.most, connections.open);
      callback();
    },
    onClose() {
      connections.open--;
    },
    onRcptTo(address, _session, callback) {
      if (!reject) return callback();
      const err = Object.assign(new Error(reject.message), { responseCode: reject.code });
      callback(err);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          inbox.push(Object.assign(parsed, { to_address: session.envelope.rcptTo[0]?.address ?? '', connection_id: session.id }));
          for (const w of waiters.splice(0)) w();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    /** The most connections that were open at one moment since the last `reset`. */
    mostConnections: () => connections.most,
    rejectWith(code: number, message: string) {
      reject = { code, message };
    },
    accept() {
      reject = undefined;
    },
    /** Forgets every mail and refusal, for the next test. */
    reset() {
      inbox.length = 0;
      reject = undefined;
      connections.most = connections.open;
    },
    /** Resolves when `n` mails have arrived in all. */
    async waitFor(n: number, timeoutMs = 5000): Promise<CaughtMail[]> {
      const deadline = Date.now() + timeoutMs;
      while (inbox.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} mails, got ${inbox.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return inbox;
    },
    /** The newest mail to an address, once it has arrived (a running server's sender polls every 500 ms). */
    async mailTo(address: string, timeoutMs = 10_000): Promise<CaughtMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = inbox.filter((m) => m.to_address === address).at(-1);
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${address}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** How many mails an address has had: the `after` for `nextMailTo`. */
    mailCount: (address: string) => inbox.filter((m) => m.to_address === address).length,
    /** The newest mail to an address once it has more than `after` (the count before the action that mails it). */
    async nextMailTo(address: string, after: number, timeoutMs = 10_000): Promise<CaughtMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mails = inbox.filter((m) => m.to_address === address);
        if (mails.length > after) return mails.at(-1)!;
        if (Date.now() > deadline) throw new Error(`no new mail to ${address}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The mailed links: a signer's, an author's, and a campaigner's sign-in link. */
export type LinkKind = 'confirm' | 'withdraw' | 'admin/sign-in' | 'support/confirm' | 'unsubscribe' | 'comments/confirm' | 'comments/edit' | 'network/confirm';

export function linkIn(mail: { text?: string | undefined }, kind: LinkKind): string {
  const match = new RegExp(`https?://\\S+/${kind}/[A-Za-z0-9_-]+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${kind} link in mail`);
  return match[0];
}

/** The token at the end of a mailed link. */
export const tokenIn = (mail: { text?: string | undefined }, kind: LinkKind): string =>
  linkIn(mail, kind).split('/').pop() ?? '';

/** A header as the mail carried it (mailparser folds some, such as List-*, into objects of its own). */
export const headerOf = (m: CaughtMail, key: string) =>
  (m.headerLines.find((l) => l.key === key)?.line ?? '').replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ').trim();
