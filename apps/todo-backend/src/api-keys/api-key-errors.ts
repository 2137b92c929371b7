import { DomainError } from '@doable/platform';
import type { ApiKeyScope } from './api-key-scope.ts';

/** A read-only key asked for a change: 403 naming the key's scope. */
export class InsufficientScopeError extends DomainError {
  constructor(scope: ApiKeyScope, action: string) {
    super(
      'insufficient_scope',
      403,
      `This API key has the "${scope}" scope, which cannot ${action}. Create a key with the "write" scope to make changes.`,
    );
  }
}

/** `/api/auth/*` (sessions, keys, profile, password) is for people who signed in, never for an API key. */
export class ApiKeyNotAllowedError extends DomainError {
  constructor() {
    super(
      'api_key_not_allowed',
      403,
      'API keys cannot manage the account (sessions, API keys, profile, password): sign in with your email and password. Keys work on /api/v1 and /mcp.',
    );
  }
}
