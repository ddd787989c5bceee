import { adminEmails, type testApp } from '../../helpers/app.ts';
import { type CaughtMail, tokenIn } from '../../helpers/smtp.ts';
import { requestSignIn } from '../../../api/admin/sign-in.service.ts';
import type { Locale } from '../../../api/i18n/locale.ts';

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** A campaigner in ADMIN_EMAILS, typed as they might type it. */
export const campaigner = 'gwen@ymgyrch.cymru';

export const signInMailsTo = (app: TestApp, email: string): CaughtMail[] =>
  app.smtp.inbox.filter((m) => m.to_address === email && /\/admin\/sign-in\//.test(m.text ?? ''));

/** Asks for a link as the sign-in form does, sends the outbox, and returns the link's token. */
export async function signInToken(app: TestApp, email = campaigner, locale: Locale = 'en'): Promise<string> {
  await requestSignIn(app, adminEmails, { email }, locale);
  await app.sendAllMail();
  const mail = signInMailsTo(app, email).at(-1);
  if (!mail) throw new Error(`no sign-in mail to ${email}`);
  return tokenIn(mail, 'admin/sign-in');
}
