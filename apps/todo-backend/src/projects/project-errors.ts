import { DomainError } from '@doable/platform';

/** A well-formed request the project's state refuses (an id that is not the caller's, an assignee who is not a member). */
export class UnprocessableError extends DomainError {
  constructor(message: string, errors?: { field: string; message: string }[]) {
    super('unprocessable', 422, message, errors);
  }
}

/** An invite link that existed but no longer works (expired, used up): the user should ask for a new one. */
export class GoneError extends DomainError {
  constructor(message: string) {
    super('gone', 410, message);
  }
}
