import { useEffect } from 'react';

/** Changes often come in bursts (a completion and its next occurrence, a chat command): one refetch for each burst. */
const LIVE_DEBOUNCE_MS = 150;
/** Only while the live connection is down: the list does not go stale, and an expired session is noticed. */
const FALLBACK_REFRESH_MS = 30_000;

/**
 * Changes made elsewhere (another tab, the chat, an MCP client, the recurring service) arrive over /ws; the list is
 * refetched rather than patched, because whether a changed task belongs in the view is the API's filter to decide.
 * While the connection is down, the visible page polls instead.
 */
export function useLiveRefresh(liveSignal: number, isLive: boolean, reload: () => Promise<void>): void {
  useEffect(() => {
    if (liveSignal === 0) return;
    const timer = setTimeout(() => void reload(), LIVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [liveSignal, reload]);

  useEffect(() => {
    if (isLive) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, FALLBACK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [isLive, reload]);
}
