import { DomainError } from '@doable/platform';

/** An access token that is unknown, expired, revoked or meant for another resource: the client must sign in again. */
export class InvalidAccessTokenError extends DomainError {
  constructor() {
    super('invalid_token', 401, 'The access token is expired, revoked or not issued for this server: authorize again.');
  }
}

/**
 * A valid credential whose scopes do not allow what was asked (RFC 6750 §3.1): an OAuth client may ask for more, the
 * holder of an API key needs a key with more. `detail` says which, in the caller's terms.
 */
export class OAuthInsufficientScopeError extends DomainError {
  readonly requiredScope: string;

  constructor(
    requiredScope: string,
    action: string,
    detail = `This connection was granted no "${requiredScope}" scope, which ${action} needs.`,
  ) {
    super('insufficient_scope', 403, detail);
    this.requiredScope = requiredScope;
  }
}
