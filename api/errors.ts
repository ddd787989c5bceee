/**
 * Domain errors: services throw these; api/http-errors.ts (and the pages) turn them
 * into answers. Each carries a stable `code` that integrators can rely on.
 */
export class DomainError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} was not found.`);
  }
}

export class InvalidInputError extends DomainError {
  readonly fields: Record<string, string>;
  constructor(fields: Record<string, string>) {
    super('invalid_input', 'Some of the answers need correcting.');
    this.fields = fields;
  }
}

export class LetterClosedError extends DomainError {
  constructor() {
    super('letter_closed', 'This letter is not open for signatures.');
  }
}

/** A confirm or withdraw link that is unknown, used or expired: the signer needs a clear way on. */
export class TokenInvalidError extends DomainError {
  readonly reason: 'unknown' | 'used' | 'expired';
  /** The letter a used or expired link belonged to, so its page can offer to sign that letter again. */
  readonly letter: string | undefined;
  constructor(reason: 'unknown' | 'used' | 'expired', letter?: string) {
    super('token_invalid', reasonText[reason]);
    this.reason = reason;
    this.letter = letter;
  }
}

const reasonText = {
  unknown: 'This link is not valid.',
  used: 'This link has already been used.',
  expired: 'This link has expired.',
} as const;
