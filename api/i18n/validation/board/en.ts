/** The board's own answers (api/network/board.schema.ts), in English; cy.ts has the same keys. */
export const en = {
  'board.title.required': 'Enter a title for your thread',
  'board.title.notText': 'The title must be text',
  'board.title.tooLong': (limit: string) => `The title must be ${limit} characters or fewer`,
  'board.title.unprintable': 'The title contains characters that cannot be shown',
  'board.body.required': 'Enter what you want to say',
  'board.body.notText': 'Your post must be text',
  'board.body.tooLong': (limit: string) => `Your post must be ${limit} characters or fewer`,
  'board.body.unprintable': 'Your post contains characters that cannot be shown',
  'board.lang.choose': 'Choose the language your post is written in',
  'board.reason.required': 'Tell us why you are reporting this post',
  'board.reason.tooLong': (limit: string) => `The reason must be ${limit} characters or fewer`,
  'board.removal.required': 'Give the reason for removing the post: its author is told it',
};
