/**
 * The `message` of every API error, in English, by the error's `code` (which never changes
 * with the language). api/http/errors.ts picks the language from Accept-Language.
 */
export const en = {
  invalid_input: 'Some of the answers need correcting.',
  not_found: {
    letter: 'That letter was not found.',
    endpoint: 'There is no such API endpoint.',
    signature: 'That signature was not found.',
    logo: 'That logo was not found.',
    support: 'That letter of support was not found.',
    reply: "That reply was not found.",
    update: 'That update was not found.',
    snapshot: 'That snapshot was not found.',
    post: 'That blog post was not found.',
    comment: 'That comment was not found.',
    publication: 'That publication file was not found.',
    publication_request: 'That request for an accessible format was not found, or is already done.',
    member: 'That member of the network was not found.',
    board_thread: 'That thread of the members’ board was not found.',
  },
  letter_closed: 'This letter is not open for signatures.',
  comments_closed: 'Comments are closed on this post. Nothing you sent was kept.',
  commenter_blocked: 'This email address may not comment on this site. Nothing you sent was kept. If you think this is a mistake, write to the campaign.',
  paused: 'Signing is paused on this site for a short while. Nothing you sent was kept; please try again later.',
  unavailable: 'The site cannot take this request just now. Please send it again in a moment: signing twice counts once.',
  downloads_busy: 'Too many lists are being downloaded from this server just now. Please try again in a minute.',
  not_ready: 'This server is not ready: its database does not answer or its schema is not up to date.',
  not_implemented: 'That format is not offered: ask for JSON (format=json).',
  unauthorised: 'Sign in to the campaigners’ workspace first.',
  board_members_only: 'The board is for members of the network: sign in to the network first.',
  not_awaiting_approval: {
    organisation: 'This organisation is not waiting for approval.',
    support: 'This letter of support is not waiting for a decision.',
    comment: 'This comment is not waiting for a decision.',
    member: 'This application to join the network is not waiting for a decision.',
  },
  not_for_coordinators: 'Network coordinators may use only the network’s pages of the workspace.',
  token_invalid: {
    unknown: 'This link is not valid.',
    used: 'This link has already been used.',
    expired: 'This link has expired.',
  },
  bad_request: 'The request body is not valid JSON or form data.',
  forbidden: 'This form can only be sent from this site.',
  payload_too_large: (kilobytes: string) => `The request is larger than ${kilobytes} KB.`,
  /** The page a form post too large to read gets (a browser without JavaScript, say, sending a big file). */
  too_large_page: {
    title: 'The file is too large',
    body: (kilobytes: string) => `What you sent is larger than ${kilobytes} KB, so it was not read and nothing was kept.`,
    back: 'Go back to the form and choose a smaller file',
  },
  unsupported_media_type: 'Send the body as JSON or as a form.',
  internal: 'Something went wrong on our side. Please try again.',
  too_many_reports: 'You have reported many comments in a short time. Please wait an hour and try again.',
  members_only: 'Only members of the network can comment on this post: sign in as a member first. Nothing you sent was kept.',
};

export type ErrorMessages = typeof en;
