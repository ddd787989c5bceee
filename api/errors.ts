import { cy } from './i18n/errors/cy.ts';
import { type ErrorMessages, en } from './i18n/errors/en.ts';
import type { Locale } from './i18n/locale.ts';
import { type FieldProblem, fieldMessages } from './i18n/validation/problems.ts';

/** The words of every API error in each language; api/http/errors.ts answers with them. */
export const errorMessages: Record<Locale, ErrorMessages> = { en, cy };

/**
 * Domain errors: services throw these; api/http/errors.ts (and the pages) turn them into
 * answers. Each carries a stable `code` that integrators can rely on, and finds its words in
 * the error catalogue of whichever language the reader wants (`Error.message` is the English,
 * for logs).
 */
export class DomainError extends Error {
  readonly code: string;
  readonly #words: (messages: ErrorMessages) => string;
  constructor(code: string, words: (messages: ErrorMessages) => string) {
    super(words(en));
    this.code = code;
    this.#words = words;
    this.name = new.target.name;
  }

  messageIn(locale: Locale): string {
    return this.#words(errorMessages[locale]);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: keyof ErrorMessages['not_found']) {
    super('not_found', (m) => m.not_found[what]);
  }
}

/** Answers that need correcting: each field's problem as a key, put into words per reader. */
export class InvalidInputError extends DomainError {
  readonly problems: Record<string, FieldProblem>;
  constructor(problems: Record<string, FieldProblem>) {
    super('invalid_input', (m) => m.invalid_input);
    this.problems = problems;
  }

  fieldsIn(locale: Locale): Record<string, string> {
    return fieldMessages(this.problems, locale);
  }
}

export class LetterClosedError extends DomainError {
  constructor() {
    super('letter_closed', (m) => m.letter_closed);
  }
}

/** A post that takes no more comments (its frontmatter, or COMMENTS_OPEN_DAYS after it was published): replies close with it. */
export class CommentsClosedError extends DomainError {
  constructor() {
    super('comments_closed', (m) => m.comments_closed);
  }
}

/** A campaigner blocked the commenter's address: refused, and nothing kept. */
export class CommenterBlockedError extends DomainError {
  constructor() {
    super('commenter_blocked', (m) => m.commenter_blocked);
  }
}

/** Not signed in as an active member (no cookie, an ended session, or a member who left): `401` (the members' board). */
export class NotAMemberError extends DomainError {
  constructor() {
    super('unauthorised', (m) => m.board_members_only);
  }
}

/** A post only members of the network comment on (`comments: members`), and no signed-in member sent this: refused, nothing kept. */
export class MembersOnlyError extends DomainError {
  constructor() {
    super('members_only', (m) => m.members_only);
  }
}

/** The site is paused (an emergency): no signing, confirming or letters of support until a campaigner unpauses it. */
export class PausedError extends DomainError {
  constructor() {
    super('paused', (m) => m.paused);
  }
}

/**
 * The server cannot answer now but will soon: its database is away (api/db/unavailable.ts)
 * or the server is shutting down. Nothing the request asked for was done.
 */
export class UnavailableError extends DomainError {
  constructor() {
    super('unavailable', (m) => m.unavailable);
  }
}

/** Every slot for streaming a whole list is taken on this server (api/http/download-slots.ts): try again in a moment. */
export class DownloadsBusyError extends DomainError {
  constructor() {
    super('downloads_busy', (m) => m.downloads_busy);
  }
}

/** A readiness check (`GET /api/ready`) while the database does not answer or has a migration of this build still to run. */
export class NotReadyError extends DomainError {
  constructor() {
    super('not_ready', (m) => m.not_ready);
  }
}

/** A request for something the API does not offer in that form: oEmbed as XML (oEmbed's own 501). */
export class NotImplementedError extends DomainError {
  constructor() {
    super('not_implemented', (m) => m.not_implemented);
  }
}

/** A campaigner's decision on an organisation that is not (or no longer) waiting for one. */
/** A decision on something already decided (or never waiting): the second of two campaigners deciding at once. */
export class NotAwaitingApprovalError extends DomainError {
  constructor(what: keyof ErrorMessages['not_awaiting_approval'] = 'organisation') {
    super('not_awaiting_approval', (m) => m.not_awaiting_approval[what]);
  }
}

/** A request for the campaigners' workspace without a live session. */
export class UnauthorisedError extends DomainError {
  constructor() {
    super('unauthorised', (m) => m.unauthorised);
  }
}

/** A network coordinator asking for anything of the workspace but the network's own pages (api/admin/workspace-role.ts). */
export class ForbiddenError extends DomainError {
  constructor() {
    super('forbidden', (m) => m.not_for_coordinators);
  }
}

/** A confirm or withdraw link that is unknown, used or expired: the signer needs a clear way on. */
export class TokenInvalidError extends DomainError {
  readonly reason: 'unknown' | 'used' | 'expired';
  /** The letter a used or expired link belonged to, so its page can offer to sign that letter again. */
  readonly letter: string | undefined;
  constructor(reason: 'unknown' | 'used' | 'expired', letter?: string) {
    super('token_invalid', (m) => m.token_invalid[reason]);
    this.reason = reason;
    this.letter = letter;
  }
}

/** One address has reported more comments in the last hour than a person would (api/comments/comment-report.service.ts). */
export class TooManyReportsError extends DomainError {
  constructor() {
    super('too_many_reports', (m) => m.too_many_reports);
  }
}

/**
 * A campaigner's decision on a comment that another campaigner (or another server) has
 * already decided: nothing was done; `state` and `by` say what happened instead.
 */
export class CommentAlreadyDecidedError extends DomainError {
  readonly state: string;
  readonly by: string | null;
  constructor(state: string, by: string | null) {
    super('not_awaiting_approval', (m) => m.not_awaiting_approval.comment);
    this.state = state;
    this.by = by;
  }
}
