import { useSyncExternalStore } from 'react';
import { databaseOutage } from './api-client.ts';
import type { OutageSnapshot } from './database-outage.ts';

/** Whether the server can reach its database, and how often it came back (a cue to refetch). */
export function useDatabaseOutage(): OutageSnapshot {
  return useSyncExternalStore(databaseOutage.subscribe, databaseOutage.snapshot);
}

/**
 * A calm note, not an error: nothing the user did is wrong, and the page retries by itself. A status region that is
 * always there and empty while all is well, so what appears in it is announced.
 */
export function DatabaseOutageBanner({
  down,
  detail = 'What you see may be out of date, and changes can’t be saved until it is back.',
}: {
  down: boolean;
  /** What it means for the screen it is on. */
  detail?: string;
}) {
  return (
    <div role="status" className="outage-region">
      {down && (
        <div className="outage banner">
          <span className="outage-dot" aria-hidden="true" />
          <p>
            <strong>Doable can’t reach its database — retrying…</strong> <span className="outage-detail">{detail}</span>
          </p>
        </div>
      )}
    </div>
  );
}
