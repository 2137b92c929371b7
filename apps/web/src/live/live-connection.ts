import { fromFrame, type LiveMessage } from './live-message.ts';

/** `connecting`: the first attempt; `live`: hello received; `reconnecting`: lost, trying again after a backoff. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveConnectionOptions {
  onMessage: (message: LiveMessage) => void;
  onStatus: (status: LiveStatus) => void;
}

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;
/** A connection that lasted this long was healthy: the next loss starts the backoff from the beginning again. */
const STABLE_MS = 60_000;

/** `ws:` or `wss:` to `/ws` on the page's own origin: the handshake carries the session cookie, nothing else. */
export function liveUrl(page: Pick<Location, 'protocol' | 'host'> = location): string {
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${page.host}/ws`;
}

/** Full jitter: a random wait up to the doubled delay, so tabs cut off together do not all come back together. */
export function backoffDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
  return Math.max(250, Math.round(ceiling * random()));
}

/**
 * One WebSocket to `/ws` that reconnects on its own. The server does not replay what was published while a socket
 * was down, so every `hello` (the first and each after a reconnect) is the caller's cue to refetch.
 * Returns a function that closes it for good.
 */
export function openLiveConnection({ onMessage, onStatus }: LiveConnectionOptions): () => void {
  let socket: WebSocket | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let openedAt = 0;
  let stopped = false;

  const connect = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (stopped) return;
    const current = new WebSocket(liveUrl());
    socket = current;
    current.onmessage = (frame) => {
      const message = fromFrame(frame.data);
      if (!message) return;
      if (message.type === 'hello') {
        openedAt = Date.now();
        onStatus('live');
      }
      onMessage(message);
    };
    current.onclose = () => lose(current);
  };

  const lose = (lost: WebSocket) => {
    if (socket !== lost || stopped) return;
    socket = undefined;
    if (openedAt && Date.now() - openedAt >= STABLE_MS) attempt = 0;
    openedAt = 0;
    onStatus('reconnecting');
    retryTimer = setTimeout(connect, backoffDelay(attempt));
    attempt += 1;
  };

  // The browser knows when the network is gone or back: say so at once (a close handshake cannot get through
  // without a network), and retry at once when it returns.
  const onOffline = () => {
    if (!socket) return;
    const lost = socket;
    lose(lost);
    lost.close();
  };
  const onOnline = () => {
    if (socket) return;
    attempt = 0;
    connect();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);

  onStatus('connecting');
  connect();

  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    socket?.close(1000, 'signed out');
    socket = undefined;
  };
}
