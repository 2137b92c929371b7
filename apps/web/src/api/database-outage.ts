import { ApiError, isDatabaseUnavailable } from './api-error.ts';

const FIRST_DELAY_MS = 1000;
const MAX_BACKOFF_MS = 30_000;
/** A server asking for a longer wait than this is asked again after this long. */
const MAX_RETRY_AFTER_MS = 300_000;

/**
 * How long to wait before retry number `attempt` (0 first): never sooner than the server's `Retry-After`, and up to a
 * ceiling doubling from 1 s to 30 s, drawn at random in between so tabs cut off together do not all come back together.
 */
export function outageRetryDelay(attempt: number, retryAfterSeconds: number | undefined, random = Math.random): number {
  const floor = Math.min(MAX_RETRY_AFTER_MS, Math.max(FIRST_DELAY_MS, (retryAfterSeconds ?? 0) * 1000));
  const ceiling = Math.max(floor, Math.min(MAX_BACKOFF_MS, FIRST_DELAY_MS * 2 ** attempt));
  return Math.round(floor + (ceiling - floor) * random());
}

export interface OutageSnapshot {
  /** The last answer said the server cannot reach its database; a retry is scheduled. */
  down: boolean;
  /** How many times the database came back: each is the cue to refetch what is on screen. */
  recoveries: number;
}

export interface DatabaseOutageOptions {
  /** A small request that needs the database: resolves once the server answered it, rejects while it cannot. */
  probe: () => Promise<unknown>;
  random?: () => number;
}

export interface DatabaseOutage {
  snapshot(): OutageSnapshot;
  subscribe(listener: () => void): () => void;
  /** An answer said the database is unreachable: say so, and retry after `Retry-After` (backing off). */
  unavailable(retryAfterSeconds?: number): void;
  /** An answer came from a server that reached its database: any outage is over. */
  reachable(): void;
}

/**
 * What the page knows about its server's database: every API answer reports here, and while the database is away one
 * probe at a time retries (however many requests failed together) until an answer says it is back.
 */
export function createDatabaseOutage({ probe, random = Math.random }: DatabaseOutageOptions): DatabaseOutage {
  let state: OutageSnapshot = { down: false, recoveries: 0 };
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const update = (next: OutageSnapshot) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const schedule = (retryAfterSeconds: number | undefined) => {
    if (timer !== undefined) return;
    timer = setTimeout(retry, outageRetryDelay(attempt, retryAfterSeconds, random));
    attempt += 1;
    if (!state.down) update({ ...state, down: true });
  };

  const reachable = () => {
    attempt = 0;
    clearTimeout(timer);
    timer = undefined;
    if (state.down) update({ down: false, recoveries: state.recoveries + 1 });
  };

  async function retry() {
    timer = undefined;
    try {
      await probe();
      reachable();
    } catch (error) {
      // Any other answer of the server's own (a 401: the session ended meanwhile) means it is no outage.
      if (error instanceof ApiError && error.status < 500 && !isDatabaseUnavailable(error)) return reachable();
      // The probe's own answer may have scheduled the next try already; with no answer at all (the server itself is
      // restarting, a proxy's 502) keep backing off, so the page still notices when everything is back.
      if (state.down) schedule(isDatabaseUnavailable(error) ? error.retryAfterSeconds : undefined);
    }
  }

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unavailable: schedule,
    reachable,
  };
}
