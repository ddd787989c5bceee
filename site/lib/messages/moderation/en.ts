import type { CommentState, HoldReason } from '../../../../api/comments/comment.table.ts';
import type { ReportReason } from '../../../../api/comments/comment-report.schema.ts';
import { formatNumber } from '../../format.ts';

const n = (count: number) => formatNumber(count, 'en');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

const reasons: Record<ReportReason, string> = {
  spam: 'It is spam or advertising',
  abusive: 'It is abusive, hateful or threatening',
  personal: 'It gives out someone’s personal details',
  off_topic: 'It has nothing to do with the post',
  other: 'Something else',
};

const states: Record<CommentState, string> = {
  unconfirmed: 'waiting for its author to confirm their address',
  held: 'waiting for approval',
  published: 'published',
  rejected: 'rejected',
  spam: 'marked as spam',
  deleted: 'deleted by its author',
};

/** Readers' reports of comments, and the campaigners' queue of comments (api/comments/). */
export const en = {
  report: {
    title: 'Report a comment',
    lead: 'Tell the campaigners why this comment should not be on the site. A campaigner reads every report; when several people report the same comment, it is hidden until a campaigner has decided.',
    commentHeading: 'The comment you are reporting',
    by: (name: string, when: string) => `${name}, ${when}`,
    reasonLegend: 'Why are you reporting it?',
    reasons,
    details: {
      label: 'Anything the campaigners should know (optional)',
      hint: 'For example, which part of the comment is the problem. Please do not give your own contact details.',
    },
    submit: 'Send the report',
    private: 'We do not keep your internet address with your report: only a code that tells reports from different people apart. Nobody else sees that you reported this comment.',
    back: 'Back to the post',
    tooMany: 'You have reported many comments in a short time. Please wait an hour and try again.',
  },
  reported: {
    title: 'Thank you for your report',
    body: 'A campaigner will read the comment and decide whether it stays. If several people report it, it is hidden from the post until then.',
    back: 'Back to the post',
  },
  queue: {
    bar: 'Comments',
    barWaiting: (count: number) => `Comments (${n(count)})`,
    title: 'Comments to moderate',
    home: (count: number) => (count === 0 ? 'No comment is waiting for a campaigner' : `${plural(count, 'comment is', 'comments are')} waiting for a campaigner`),
    lead: (count: number) =>
      `${plural(count, 'comment is', 'comments are')} waiting, oldest first: comments held for approval, and published comments that readers reported.`,
    none: 'No comment is waiting. Held comments and reported ones appear here.',
    fields: {
      post: 'On the post',
      answers: 'In answer to',
      emailDomain: 'Email domain',
      written: 'Written',
      lang: 'Written in',
      why: 'Why it waits',
      reports: 'Readers’ reports',
    },
    langs: { en: 'English', cy: 'Welsh' } as Record<string, string>,
    heldFor: {
      first: 'Their first comment',
      links: 'Two or more links',
      words: 'A word on the hold list',
      rate: 'Many comments in a short time',
      honeypot: 'A field only machines see was filled in',
      reported: 'Reported by readers',
    } satisfies Record<HoldReason, string> as Record<string, string>,
    reasons: reasons as Record<string, string>,
    reportCount: (count: number) => plural(count, 'open report', 'open reports'),
    tags: { held: 'Waiting for approval', hidden: 'Hidden while reviewed', reported: 'Reported', trusted: 'Trusted author', blocked: 'Address blocked' },
    textNote: 'Links in a comment are shown as text until it is published.',
    approve: 'Approve and publish',
    keep: 'Keep it published',
    spam: 'Mark as spam',
    spamHint: 'Spam goes without a word to its author.',
    reject: {
      label: 'Reason for rejecting',
      hint: 'Sent to the author by email and kept in the audit log. Be polite and say what would help.',
      button: 'Reject',
      missing: 'Enter the reason for rejecting this comment',
      tooLong: (max: number) => `The reason must be ${n(max)} characters or fewer`,
    },
    block: {
      label: 'Reason for blocking the address',
      hint: 'Not sent to anyone; kept with the block and in the audit log. The comment and every other comment of this address still held become spam, and the address can comment no more.',
      button: 'Block the address',
      missing: 'Enter the reason for blocking this address',
      tooLong: (max: number) => `The reason must be ${n(max)} characters or fewer`,
    },
    select: (name: string) => `Select the comment by ${name}`,
    approveSelected: 'Approve the selected comments',
    noneSelected: 'Select at least one held comment to approve',
    doneTitle: 'Done',
    done: {
      approved: 'The comment is published, and its author has been told by email.',
      kept: 'The comment stays published, and its reports are closed.',
      rejected: 'The comment is rejected, and its author has been told why by email.',
      spam: 'The comment is marked as spam.',
      blocked: 'The address is blocked, and its held comments are marked as spam.',
      approvedSeveral: 'The selected comments are published, and their authors told by email.',
      gone: 'That comment was no longer waiting.',
    } as Record<string, string>,
    alreadyTitle: 'Someone else decided first',
    already: (state: CommentState, by: string | null) =>
      `Nothing was changed: this comment is already ${states[state]}${by ? ` (by ${by})` : ''}.`,
    someAlready: (count: number) => `${plural(count, 'comment was', 'comments were')} already decided by someone else and left as they were.`,
  },
};
