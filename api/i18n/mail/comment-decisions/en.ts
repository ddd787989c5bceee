/** What a commenter hears of a campaigner's decision on their comment (api/comments/comment-decisions.envelope.ts); cy.ts has the same keys. */
export const en = {
  approved: {
    subject: 'Your comment is published',
    body: 'Thank you for your comment on the campaign’s blog. A campaigner has read it, and it is now published under the post for everyone to read.',
    later: 'Your next comments will appear at once, unless one of the site’s rules holds one for a campaigner to read first.',
    link: 'See your comment',
  },
  rejected: {
    subject: 'Your comment was not published',
    body: 'Thank you for your comment on the campaign’s blog. A campaigner has read it and, with regret, will not publish it under the post.',
    reason: (reason: string) => `The campaigner’s reason: ${reason}`,
    contact: 'If you think this is a mistake, reply to this email and a campaigner will look at it again.',
    link: 'Read the post',
  },
};
