import { formatDay, formatNumber, formatTime } from '../../format.ts';

/** The mails to a reader who commented on a post (api/comments/), in English; cy.ts has the same keys. */
const when = (at: Date) => `${formatTime(at, 'en')} on ${formatDay(at, 'en')}`;
const days = (count: number) => (count === 1 ? '1 day' : `${formatNumber(count, 'en')} days`);

export const en = {
  greeting: (name: string) => `Dear ${name},`,
  readPost: 'Read the post',
  confirm: {
    subject: (title: string) => `Confirm your comment: ${title}`,
    body: (title: string) =>
      `Thank you for your comment on “${title}”. Please confirm that this is your email address. You only need to do this once: your later comments will not ask again.`,
    button: 'Confirm my email address',
    next: 'A campaigner reads a new commenter’s first comment before it appears; after that, your comments appear at once.',
    expiry: (validDays: number, until: Date) =>
      `The link works for ${days(validDays)}, until ${when(until)} (UK time). If you did not write this comment, ignore this email and nothing will be published.`,
  },
  posted: {
    subject: (title: string) => `Your comment on “${title}”`,
    published: (title: string) => `Thank you for your comment on “${title}”. It is published.`,
    waiting: (title: string) => `Thank you for your comment on “${title}”. It is waiting for a campaigner to approve it; you will hear when they have.`,
    edit: (until: Date) => `You can correct or delete it until ${when(until)} (UK time), with this link:`,
    button: 'Edit or delete my comment',
    keep: 'Keep this email to yourself: anyone with the link can change your comment until then.',
  },
};

export type CommentMailMessages = typeof en;
