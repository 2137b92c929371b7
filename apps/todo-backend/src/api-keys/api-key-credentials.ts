import { fromNodeHeaders } from 'better-auth/node';
import { API_KEY_PREFIX } from '../auth/auth.ts';
import { ApiKeyNotAllowedError } from './api-key-errors.ts';

type NodeHeaders = Record<string, string | string[] | undefined>;

/** The API key a request carries: the `x-api-key` header, or `Authorization: Bearer doable_…`. */
export function apiKeyIn(headers: Headers): string | undefined {
  const header = headers.get('x-api-key');
  if (header) return header;
  const match = /^bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '');
  return match?.[1]?.startsWith(API_KEY_PREFIX) ? match[1] : undefined;
}

/**
 * Refuses (403) any `/api/auth/*` request that carries an API key, whatever else it carries: a key is for the
 * task API and MCP, and must never list sessions, mint keys that outlive it, or change the password.
 */
export function refuseApiKeyOnAccountRoutes(headers: NodeHeaders): void {
  if (apiKeyIn(fromNodeHeaders(headers)) !== undefined) throw new ApiKeyNotAllowedError();
}
