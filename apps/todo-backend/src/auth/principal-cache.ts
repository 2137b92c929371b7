import { createHash } from 'node:crypto';
import type { ApiKeyScope } from '../api-keys/api-key-scope.ts';

/** Who is calling and what they may do: a signed-in session may do everything, an API key what its scope allows. */
export interface Principal {
  userId: string;
  scope: ApiKeyScope;
  via: 'session' | 'api-key';
}

export interface PrincipalCacheOptions {
  /** How long a verified credential is believed without asking the database again; 0 turns the cache off. */
  ttlMs: number;
  /** At most this many credentials are remembered; the least recently used goes first. */
  maxEntries: number;
  /** Milliseconds since the epoch; tests move it instead of waiting. */
  now?: () => number;
}

export const DEFAULT_PRINCIPAL_CACHE = { ttlMs: 10_000, maxEntries: 10_000 } as const;

interface Entry {
  principal: Principal;
  expiresAt: number;
}

/**
 * The principals of credentials verified recently, so that a request does not pay the session (or API key) and
 * user lookups and better-auth's signature check every time. Only successes are kept, each for at most `ttlMs` and
 * never past the session's or key's own expiry. A revocation made on another replica reaches this one when the entry
 * expires, so `ttlMs` is how long a signed-out session or deleted key may still be honoured there; on this replica
 * `forgetUser` drops the user's entries as soon as their account routes succeed.
 */
export class PrincipalCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /** Bumped by every `forgetUser`: a lookup that began before it must not store what it found. */
  #generation = 0;

  constructor(options: PrincipalCacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The generation to hand back to `set`: taken before the credential is verified. */
  begin(): number {
    return this.#generation;
  }

  get(key: string): Principal | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expiresAt <= this.#now()) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.#entries.set(key, entry);
    return entry.principal;
  }

  /**
   * Remembers a verified principal until `notAfter` (the session's or key's expiry) or the lifetime, whichever is
   * first. Skipped when the user's entries were forgotten since `generation`: the lookup may have read the session
   * just before it was revoked.
   */
  set(key: string, principal: Principal, generation: number, notAfter?: Date | null): void {
    if (this.#ttlMs <= 0 || this.#maxEntries <= 0 || generation !== this.#generation) return;
    const now = this.#now();
    const expiresAt = Math.min(now + this.#ttlMs, notAfter ? notAfter.getTime() : Number.POSITIVE_INFINITY);
    if (!(expiresAt > now)) return;
    this.#entries.delete(key);
    // Frozen: every request with this credential shares the object.
    this.#entries.set(key, { principal: Object.freeze({ ...principal }), expiresAt });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** Drops every credential of `userId` (sign-out, revoked sessions, a deleted or changed key, a new password). */
  forgetUser(userId: string): void {
    this.#generation++;
    for (const [key, entry] of this.#entries) {
      if (entry.principal.userId === userId) this.#entries.delete(key);
    }
  }
}

/**
 * The cache key of a request's credentials: a SHA-256 of every header better-auth reads one from (bearer token,
 * cookies, API key), so that the cache never holds a usable credential and two requests share an entry only when
 * they present exactly the same ones. Undefined when the request carries none.
 */
export function credentialKeyOf(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  const cookie = headers.get('cookie');
  const apiKey = headers.get('x-api-key');
  if (authorization === null && cookie === null && apiKey === null) return undefined;
  return createHash('sha256')
    .update(JSON.stringify([authorization, cookie, apiKey]))
    .digest('base64url');
}
