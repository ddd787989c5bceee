import type { Locale } from '../../../api/i18n/locale.ts';
import { requestMemberSignIn } from '../../../api/network/member-sign-in.service.ts';
import type { testApp } from '../../helpers/app.ts';
import type { CaughtMail } from '../../helpers/smtp.ts';

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** The link of a member's mail (`sign-in` or `still-active`), whole. */
export function memberLinkIn(mail: CaughtMail | undefined, kind: 'sign-in' | 'still-active'): string {
  const match = new RegExp(`https?://\\S+/network/${kind}/[A-Za-z0-9_-]+`).exec(mail?.text ?? '');
  if (!match) throw new Error(`no network/${kind} link in mail`);
  return match[0];
}
export const memberTokenIn = (mail: CaughtMail | undefined, kind: 'sign-in' | 'still-active') => memberLinkIn(mail, kind).split('/').pop() ?? '';

export const mailsTo = (app: TestApp, email: string, kind: 'sign-in' | 'still-active') =>
  app.smtp.inbox.filter((m) => m.to_address?.toLowerCase() === email.toLowerCase() && new RegExp(`/network/${kind}/`).test(m.text ?? ''));

/** Asks for a sign-in link as the form does, sends the outbox, and returns the link's token. */
export async function memberSignInToken(app: TestApp, email: string, locale: Locale = 'en'): Promise<string> {
  await requestMemberSignIn(app, { email }, locale);
  await app.sendAllMail();
  return memberTokenIn(mailsTo(app, email, 'sign-in').at(-1), 'sign-in');
}
