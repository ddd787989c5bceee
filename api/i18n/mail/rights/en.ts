import type { SignatureState } from '../../../signatures/signature.table.ts';
import type { SupportState } from '../../../support/support.table.ts';
import { formatDay, formatNumber, formatTime } from '../../format.ts';

/** The answer to "what do you hold about me?" (api/rights/), in English; cy.ts has the same keys. */
const when = (at: Date) => `${formatTime(at, 'en')} on ${formatDay(at, 'en')}`;
const hours = (count: number) => (count === 1 ? '1 hour' : `${formatNumber(count, 'en')} hours`);
const days = (count: number) => (count === 1 ? '1 day' : `${formatNumber(count, 'en')} days`);

const signatureStates: Record<SignatureState, string> = {
  pending: 'not yet confirmed, so not counted',
  verified: 'confirmed and counted',
  withdrawn: 'withdrawn: not counted or listed',
  fraudulent: 'set aside for a campaigner to review: not counted or listed',
};
const supportStates: Record<SupportState, string> = {
  pending: 'not yet confirmed',
  awaiting_approval: 'waiting for a campaigner to read it',
  published: 'published',
  rejected: 'not published',
};

export const en = {
  subject: 'What Llofnod holds about you',
  intro: (email: string) =>
    `You asked what we hold under the email address ${email}. Here it is: a summary below, and the whole record in the attached file, my-data.json, which a computer can read.`,
  signaturesTitle: 'Your signatures:',
  signature: (s: { title: string; name: string; organisation: string | null; at: Date; state: SignatureState; shown: boolean; updates: boolean }) =>
    `“${s.title}”: signed as ${s.name}${s.organisation ? ` for ${s.organisation}` : ''} on ${formatDay(s.at, 'en')}; ${signatureStates[s.state]}. ` +
    `${s.shown ? 'Your name is on the public list' : 'Your name is not on the public list'}, and ${s.updates ? 'you get updates about this letter' : 'you get no updates about this letter'}.`,
  withdraw: (title: string) => `Withdraw your signature from “${title}”`,
  withdrawExpiry: (validDays: number, until: Date) => `Each withdraw link works once, for ${days(validDays)}, until ${when(until)} (UK time).`,
  supportTitle: 'Your letters of support:',
  support: (l: { title: string; author: string; organisation: string | null; at: Date; state: SupportState }) =>
    `To “${l.title}”, as ${l.author}${l.organisation ? ` of ${l.organisation}` : ''}, on ${formatDay(l.at, 'en')}: ${supportStates[l.state]}.`,
  erase:
    'You can have all of this erased. Open the link below to see what will go, then press the button: nothing is erased until you do.',
  eraseButton: 'Erase my data',
  eraseExpiry: (validHours: number, until: Date) => `The erase link works once, for ${hours(validHours)}, until ${when(until)} (UK time). Ask again for a new one.`,
  notYou: 'If you did not ask for this, someone typed your address on our site. Nothing has changed, and nothing will unless you use a link in this email.',
  nothing: {
    subject: 'Llofnod holds nothing under this address',
    body: (email: string) =>
      `You asked what we hold under the email address ${email}. We hold no signature, letter of support or preference under it. If you signed with another address, ask again with that one.`,
  },
  unknownLetter: 'a letter no longer on the site',
};
