import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { deliverDue } from '../../../api/mail/sender.ts';
import { createMailer } from '../../../api/mail/transport.ts';
import { openLetter, origin, testApp } from '../../helpers/app.ts';
import { sign } from '../../helpers/signatures.ts';

const mailFrom = 'Llofnod <no-reply@llofnod.test>';

describe('createMailer', () => {
  describe('with no SMTP_URL', () => {
    it('writes each mail as an .eml file under DATA_DIR/outbox and logs where, and the confirm link', async () => {
      const app = await testApp();
      const lines: string[] = [];
      const mailer = createMailer({ smtpUrl: undefined, mailFrom, dataDir: app.dataDir }, (l) => lines.push(l));
      await sign(app);
      await deliverDue({ ...app.senderDeps, mailer });

      const dir = path.join(app.dataDir, 'outbox');
      const files = fs.readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = await simpleParser(fs.readFileSync(path.join(dir, files[0]!)));
      expect(mail.subject).toBe('Confirm your signature: Make co-production count in Wales');
      expect(mail.messageId).toMatch(/^<outbox-\d+\.[0-9a-z]+@llofnod\.test>$/);
      expect(mail.text).toMatch(new RegExp(`${origin}/confirm/[\\w-]{43}`));
      expect(String(mail.html)).toMatch(new RegExp(`href="${origin}/confirm/[\\w-]{43}"`));

      const log = lines.join('\n');
      const link = mail.text?.match(new RegExp(`${origin}/confirm/[\\w-]{43}`))?.[0];
      expect(log).toContain(`[mail] confirm link: ${link}`);
      expect(log).toContain(`${files[0]}`);
      expect(log).not.toContain('sian@example.cymru');

      // The logged link is the one that works.
      expect((await app.post('/api/signatures/confirm', { token: link?.split('/').pop() })).status).toBe(200);
      expect((await (await app.get(`/api/letters/${openLetter}`)).json()).counts.total).toBe(1);
    });

    it('logs no link for a mail that carries none', async () => {
      const app = await testApp();
      const lines: string[] = [];
      const mailer = createMailer({ smtpUrl: undefined, mailFrom, dataDir: app.dataDir }, (l) => lines.push(l));
      await mailer.send({ to: 'someone@example.org', subject: 'Hello', text: 'Hello\n', html: '<p>Hello</p>' });
      expect(lines.join('\n')).not.toMatch(/link|@/);
    });
  });

  describe('with SMTP_URL', () => {
    it('never shows a link, token or address on the console', async () => {
      const app = await testApp();
      const lines: string[] = [];
      const mailer = createMailer({ smtpUrl: app.smtp.url, mailFrom, dataDir: app.dataDir }, (l) => lines.push(l));
      await sign(app);
      await deliverDue({ ...app.senderDeps, mailer, log: (l) => lines.push(l) });
      mailer.close();
      expect(app.smtp.inbox).toHaveLength(1);
      expect(lines).toEqual([]);
      expect(fs.existsSync(path.join(app.dataDir, 'outbox'))).toBe(false);
    });
  });
});
