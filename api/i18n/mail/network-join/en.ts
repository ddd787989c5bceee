import { formatDay, formatNumber, formatTime } from '../../format.ts';

/** The mails about joining the network (api/network/join.envelope.ts), in English; cy.ts has the same keys. */
const when = (at: Date) => `${formatTime(at, 'en')} on ${formatDay(at, 'en')}`;

export const en = {
  confirm: {
    subject: 'Confirm your application to join the Co-production Network for Wales',
    thanks: 'Thank you for applying to join the Co-production Network for Wales. Please confirm that this is your email address: a network coordinator then reads your application.',
    button: 'Confirm my application',
    expiry: (validDays: number, until: Date) =>
      `The link works for ${formatNumber(validDays, 'en')} days, until ${when(until)} (UK time). If you did not apply, ignore this email: nothing will happen.`,
  },
  approved: {
    subject: 'Welcome to the Co-production Network for Wales',
    body: 'A network coordinator has approved your application: you are now a member of the Co-production Network for Wales.',
    directory: 'The directory shows only what you chose to show, and nothing at all unless you ticked it.',
    network: 'Visit the network',
  },
  declined: {
    subject: 'Your application to join the Co-production Network for Wales',
    body: 'A network coordinator has read your application and has not approved it.',
    reason: (reason: string) => `Their reason: ${reason}`,
    again: 'If something has changed, you are welcome to apply again.',
  },
  held: (name: string, state: 'unconfirmed' | 'awaiting_approval' | 'active' | 'declined' | 'left', at: Date) =>
    `The Co-production Network for Wales: you applied as ${name} on ${formatDay(at, 'en')}; ${
      { unconfirmed: 'your email address is not yet confirmed', awaiting_approval: 'your application is waiting for a coordinator', active: 'you are a member', declined: 'your application was declined', left: 'you have left the network' }[state]
    }. The attached file holds everything you told the network.`,
};
