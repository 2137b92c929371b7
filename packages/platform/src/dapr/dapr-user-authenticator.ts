import type { UserAuthenticator } from '../event-bus.ts';
import type { DaprClient } from './dapr-client.ts';

/** The credential headers a user can present; forwarded in the body so no proxy in between can drop them. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'x-api-key'] as const;

/**
 * Asks the backend (which owns users and sessions) who the credentials belong to, through service invocation:
 * services other than the backend never see the auth tables.
 */
export function createDaprUserAuthenticator(client: DaprClient, backendAppId = 'todo-backend'): UserAuthenticator {
  return async (headers) => {
    const credentials: Record<string, string> = {};
    for (const name of CREDENTIAL_HEADERS) {
      const value = headers[name];
      if (typeof value === 'string' && value) credentials[name] = value;
    }
    if (Object.keys(credentials).length === 0) return undefined;
    const res = await client.invoke(backendAppId, 'internal/whoami', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (res.status === 401) return undefined;
    if (!res.ok) throw new Error(`the backend's whoami answered ${res.status}`);
    return ((await res.json()) as { user_id: string }).user_id;
  };
}
