import { formatNumber } from '../../format.ts';

/** The pages of a person's own rights over their data (/my-data and its erase link), in English. */
export const en = {
  footerLink: 'What do we hold about you?',
  title: 'What do we hold about you?',
  lead: 'Enter your email address and we will email you a copy of everything we hold under it: your signatures, your letters of support and your choices about updates.',
  also: 'The email also has a new link to withdraw each signature (if the one you had has expired), and a link to erase it all.',
  email: { label: 'Email address', hint: 'The one you signed or wrote with. We answer only by email, to that address.' },
  submit: 'Email me my data',
  sent: {
    title: 'Check your email',
    body: 'If you typed it correctly, an email will reach that address in a few minutes, in this language: a copy of what we hold under it, or word that we hold nothing.',
    limit: (perHour: number) => `We send at most ${formatNumber(perHour, 'en')} of these emails an hour to one address. If you asked more often, wait an hour and ask again.`,
    spam: 'If nothing arrives, check your spam folder.',
    again: 'Ask again',
  },
  erase: {
    title: 'Erase your data',
    lead: 'Pressing the button erases everything we hold under your email address:',
    signature: (title: string, counted: boolean) => `your signature on “${title}”${counted ? ', which is counted' : ''}`,
    support: (count: number) => (count === 1 ? '1 letter of support' : `${formatNumber(count, 'en')} letters of support`),
    effect:
      'Your name, email address and everything else you gave leave our database, every public list and every published snapshot. What stays is an anonymous mark that a signature was made, so the counts stay true.',
    withdraw: 'Also take my signatures out of the counts',
    withdrawHint: 'Leave this unticked and each letter’s count still includes you, with no name attached. Tick it and your signatures are withdrawn as well.',
    button: 'Erase my data',
    nothing: 'We hold nothing under this address any more: there is nothing left to erase.',
    unknownLetter: 'a letter no longer on the site',
  },
  erased: {
    title: 'Your data has been erased',
    body: 'Everything we held under your email address has been erased. If you sign or write again, we will hold only what you give us then.',
  },
  invalid: {
    unknown: 'Check that you copied the whole link from the email.',
    used: 'This link has already erased your data.',
    expired: (hours: number) => `Erase links work for ${formatNumber(hours, 'en')} hours. Ask again and we will email you a new one.`,
    again: 'Ask for a new link',
  },
  /** On the page of a withdraw link that no longer works. */
  newWithdrawLink: 'Ask for a new link to withdraw your signature',
};
