import { formatDay, formatNumber, formatTime } from '../format.ts';
import { en as networkJoinEN } from './network-join/en.ts';
import { en as rightsEN } from './rights/en.ts';
import { en as commentDecisionsEN } from './comment-decisions/en.ts';
import { en as commentsEN } from './comments/en.ts';
import { en as membershipEN } from './membership/en.ts';
import { en as boardEN } from './board/en.ts';

/**
 * Every word of the mails to signers, in English. Each mail goes in the signer's own
 * language (`signatures.locale`); the Welsh is cy.ts, with exactly these keys.
 */
const days = (count: number) => (count === 1 ? '1 day' : `${formatNumber(count, 'en')} days`);
const when = (at: Date) => `${formatTime(at, 'en')} on ${formatDay(at, 'en')}`;

export const en = {
  greeting: (name: string) => `Dear ${name},`,
  readLetter: 'Read the letter',
  confirm: {
    subject: (title: string) => `Confirm your signature: ${title}`,
    thanks: (title: string) =>
      `Thank you for signing the open letter “${title}”. Your signature counts once you confirm that this is your email address.`,
    button: 'Confirm my signature',
    expiry: (validDays: number, until: Date) =>
      `The link works for ${days(validDays)}, until ${when(until)} (UK time). If you did not sign this letter, ignore this email and nothing will be published.`,
    withdraw: 'Changed your mind? Withdraw your signature',
  },
  alreadySigned: {
    subject: (title: string) => `You have already signed: ${title}`,
    body: (title: string) =>
      `Someone, probably you, tried to sign “${title}” again with this email address. Your signature is already confirmed and counted, so there is nothing more to do.`,
    notYou: 'If this was not you, you can ignore this email: nothing has changed.',
    withdraw: 'Withdraw your signature',
  },
  organisationApproved: {
    subject: (organisation: string) => `${organisation} is now shown as a verified organisation`,
    body: (organisation: string, title: string) =>
      `Thank you for signing “${title}” on behalf of ${organisation}. A campaigner has checked the signature, and your organisation’s signature is now shown as verified on the list of signatories and counted.`,
    withdraw: 'Withdraw the signature',
  },
  organisationRejected: {
    subject: (organisation: string) => `Your signature for ${organisation} could not be shown`,
    body: (organisation: string, title: string) =>
      `Thank you for signing “${title}” on behalf of ${organisation}. A campaigner has looked at the signature and, with regret, cannot show it as your organisation’s: it will not appear on the list of signatories or be counted.`,
    reason: (reason: string) => `The campaigner’s reason: ${reason}`,
    contact:
      'If you think this is a mistake, or you can show that you may sign for the organisation (for example from an email address at its own website), reply to this email and a campaigner will look at it again.',
    withdraw: 'Withdraw the signature',
  },
  supportConfirm: {
    subject: (title: string) => `Confirm your letter of support: ${title}`,
    thanks: (title: string) =>
      `Thank you for your letter in support of “${title}”. Please confirm that this is your email address; a campaigner will then read your letter before anything is published.`,
    button: 'Confirm my letter of support',
    expiry: (validDays: number, until: Date) =>
      `The link works for ${days(validDays)}, until ${when(until)} (UK time). If you did not send this letter, ignore this email and nothing will be published or passed on.`,
  },
  supportPublished: {
    subject: (title: string) => `Your letter of support has been accepted: ${title}`,
    body: (title: string) => `Thank you for your letter in support of “${title}”. A campaigner has read it and accepted it.`,
    full: 'As you allowed, your letter is published in full on the letter’s “Letters of support” page, with its extract.',
    extract: 'As you allowed, only its short extract is published, on the letter’s “Letters of support” page.',
    none: 'As you asked, nothing of it is published: it will go to the recipient with the letter.',
    read: 'See the letters of support',
  },
  supportRejected: {
    subject: (title: string) => `Your letter of support could not be accepted: ${title}`,
    body: (title: string) =>
      `Thank you for your letter in support of “${title}”. A campaigner has read it and, with regret, cannot publish it or pass it on.`,
    reason: (reason: string) => `The campaigner’s reason: ${reason}`,
    contact: 'If you think this is a mistake, reply to this email and a campaigner will look at it again.',
  },
  adminSignIn: {
    subject: 'Your link to sign in to Llofnod',
    body: 'Someone asked to sign in to the campaigners’ workspace with this email address. Open the link and press “Sign in”.',
    button: 'Sign in to the workspace',
    expiry: (minutes: number, until: Date) =>
      `The link works once, for ${formatNumber(minutes, 'en')} minutes, until ${when(until)} (UK time).`,
    notYou: 'If you did not ask to sign in, ignore this email: nobody can sign in without this link.',
  },
  update: {
    subject: (letterTitle: string, title: string) => `${title} – ${letterTitle}`,
    intro: (letterTitle: string) => `An update on the open letter “${letterTitle}”, which you signed and asked to hear about.`,
    unsubscribe: 'Stop updates about this letter (one click, at once)',
    why: 'You get this email because you ticked “Send me updates” when you signed. No more will come if you stop them.',
  },
  updateTest: {
    subject: (title: string) => `[Test] ${title}`,
    intro: (letterTitle: string) =>
      `This is a test of an update on “${letterTitle}”, sent only to you. Each signer gets one language (theirs), with their own unsubscribe link where the note is below.`,
    english: '— English —',
    welsh: '— Cymraeg —',
    unsubscribeNote: '[Here each signer’s mail has its own link to stop updates.]',
  },
  trendAlert: {
    subject: 'Alert: signatures arriving from one source',
    intro: (from: Date, to: Date) =>
      `Between ${formatTime(from, 'en')} and ${when(to)} (UK time), confirmed signatures arrived faster than the alert threshold from a single source:`,
    finding: (letterTitle: string, source: 'address' | 'network' | 'domain' | 'country', n: number) =>
      `“${letterTitle}”: ${formatNumber(n, 'en')} from ${{ address: 'one internet address', network: 'one IPv6 network (/64)', domain: 'one email domain', country: 'one country' }[source]}.`,
    advice:
      'It may be a real surge (a newsletter, a rally) or a flood of fake names. The report shows the sources; from a letter’s review page you can invalidate a set of signatures, and undo it. In an emergency, pause signing from any letter’s page.',
    button: 'Open the trending report',
    once: 'You get at most one of these an hour, whatever happens.',
  },
  rights: rightsEN,
  /** At the foot of every mail. */
  privacy: 'How we use your personal data (privacy notice)',
  commentDecisions: commentDecisionsEN,
  comments: commentsEN,
  membership: membershipEN,
  networkJoin: networkJoinEN,
  board: boardEN,
};

export type MailMessages = typeof en;
