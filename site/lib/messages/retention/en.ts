import { formatDay, formatTime } from '../../../../api/i18n/format.ts';
import type { Removed } from '../../../../api/retention/retention.run.ts';

const when = (at: Date) => `${formatDay(at, 'en')} at ${formatTime(at, 'en')}`;

/** The retention sweep as the workspace shows it (api/retention/). */
export const en = {
  title: 'How long personal data is kept',
  homeHeading: 'Personal data on a schedule',
  homeLink: 'The rules, and when each letter’s contact details go',
  lead: 'Llofnod deletes personal data on a schedule, without anyone having to ask. The servers check every hour; one of them does the work, and the audit log records what it removed (counts only).',
  lastRun: (at: Date) => `Last run: ${when(at)}.`,
  notYet: 'It has not run yet: it runs within a minute of a server starting.',
  nextRun: (at: Date) => `Next run: ${when(at)}.`,
  nextDue: 'Next run: due now.',
  removedNothing: 'It found nothing to remove.',
  removedCaption: 'What the last run removed',
  removedItems: {
    unconfirmed_signatures: 'Signatures never confirmed',
    unconfirmed_support_letters: 'Letters of support never confirmed',
    signatures_erased: 'Signatures whose contact details were deleted',
    support_letters_erased: 'Published letters of support whose author’s address was deleted',
    support_letters_deleted: 'Letters of support never published, deleted',
    unconfirmed_members: 'Applications to join the network never confirmed',
    declined_members: 'Declined applications to join the network, deleted',
    tokens: 'Links from mails (confirm, withdraw, unsubscribe)',
    publication_requests: 'Requests for an accessible format, done more than 90 days ago',
    mails: 'Mails, waiting or sent',
    files: 'Files (PDFs and logos)',
    unconfirmed_comments: 'Comments on blog posts whose address was never confirmed',
    comment_addresses: 'Network addresses of comments on blog posts',
  } satisfies Record<keyof Removed, string>,
  rulesHeading: 'The rules',
  rules: (days: number, months: number, declinedMemberDays: number) => [
    `A signature or letter of support whose email address is never confirmed is deleted ${days} days after it was made, with its links and its mail.`,
    `${months} months after a letter closes (a letter may set its own period), every email address, network address and link of its signatures is deleted, and so is every name a signer chose not to publish, every comment, and everything personal about withdrawn and set-aside signatures. Published names and every count stay, and so do the public list, its downloads and its snapshots.`,
    'Letters of support keep what was published; their authors’ email addresses are deleted, and letters of support never published are deleted.',
    `An application to join the network whose email address is never confirmed is deleted ${days} days after it was made; a declined one ${declinedMemberDays} days after the decision.`,
  ],
  lettersHeading: 'Each letter',
  lettersCaption: 'When each letter’s contact details are deleted',
  columns: { letter: 'Letter', kept: 'Kept for', closed: 'Signing ended', goes: 'Contact details deleted on' },
  months: (months: number) => `${months} ${months === 1 ? 'month' : 'months'} after it closes`,
  notClosed: 'Not closed yet',
  day: (at: Date) => formatDay(at, 'en'),
  auditActions: { 'retention.swept': 'Deleted personal data on schedule' } as Record<string, string>,
};
