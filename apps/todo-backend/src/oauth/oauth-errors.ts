import { DomainError } from '@doable/platform';

/** An access token that is unknown, expired, revoked or meant for another resource: the client must sign in again. */
export class InvalidAccessTokenError extends DomainError {
  constructor() {
    super('invalid_token', 401, 'The access token is expired, revoked or not issued for this server: authorize again.');
  }
}

/** A valid token whose scopes do not allow what was asked (RFC 6750 §3.1): the client may ask for more. */
export class OAuthInsufficientScopeError extends DomainError {
  readonly requiredScope: string;

  constructor(requiredScope: string, action: string) {
    super('insufficient_scope', 403, `This connection was granted no "${requiredScope}" scope, which ${action} needs.`);
    this.requiredScope = requiredScope;
  }
}
