import { formatDay, formatTime } from '../../format.ts';

const when = (at: Date) => `${formatTime(at, 'en')} on ${formatDay(at, 'en')}`;

/** The mails a member of the network gets about signing in and the yearly question, in English. */
export const en = {
  signIn: {
    subject: 'Your link to sign in to the network',
    body: 'Someone, probably you, asked to sign in to the co-production network with this email address. Use the button to sign in and see your profile.',
    button: 'Sign in to the network',
    expiry: (minutes: number, until: Date) => `The link works once, for ${minutes} minutes, until ${when(until)} (UK time).`,
    notYou: 'If you did not ask for it, ignore this email: nobody can sign in without the link.',
  },
  reconfirm: {
    subject: 'Are you still active in the co-production network?',
    body: 'Once a year we ask each member whether they are still active, so the directory lists people and organisations who are. If you are, press the button: that is all.',
    button: 'Yes, I am still active',
    lapse: (days: number) =>
      `If we hear nothing within ${days} days, your entry leaves the directory and you stop being counted, but you stay a member: this link, or the button on your profile, brings you back with one click.`,
    leave: 'If you would rather leave the network, sign in and choose “Leave the network” on your profile.',
  },
};

export type MembershipMailMessages = typeof en;
