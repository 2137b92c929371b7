import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveStatus, openLiveConnection } from './live-connection.ts';
import type { LiveMessage } from './live-message.ts';

/** Stands in for the browser's WebSocket: the test says when the server says hello or the connection drops. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  onmessage: ((frame: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  closedWith: { code?: number; reason?: string } | undefined;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeSocket.opened.push(this);
  }
  hello() {
    this.onmessage?.({ data: JSON.stringify({ type: 'hello', user_id: 'user-1', heartbeat_interval_ms: 30_000 }) });
  }
  /** The server went away (or refused the handshake): the browser fires `close`. */
  drop() {
    this.onclose?.();
  }
  close(code?: number, reason?: string) {
    this.closedWith = { code, reason };
  }
}

describe('the live connection reconnecting', () => {
  let statuses: LiveStatus[];
  let hellos: number;
  let stop: () => void;
  const sockets = () => FakeSocket.opened;
  const latest = () => FakeSocket.opened.at(-1) as FakeSocket;

  beforeEach(() => {
    vi.useFakeTimers();
    // The longest wait each time, so the schedule is exact: 1 s, 2 s, 4 s … up to 30 s.
    vi.spyOn(Math, 'random').mockReturnValue(1);
    FakeSocket.opened = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('location', { protocol: 'http:', host: '127.0.0.1:3000' });
    statuses = [];
    hellos = 0;
    stop = openLiveConnection({
      onStatus: (status) => statuses.push(status),
      onMessage: (message: LiveMessage) => {
        if (message.type === 'hello') hellos++;
      },
    });
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('connects again by itself after the server goes away, backing off while it stays away, and each hello is a cue to refetch', async () => {
    expect(latest().url).toBe('ws://127.0.0.1:3000/ws');
    latest().hello();
    expect(statuses).toEqual(['connecting', 'live']);
    expect(hellos).toBe(1);

    latest().drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets()).toHaveLength(2);

    // Still away: each refused attempt waits twice as long as the one before.
    latest().drop();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sockets()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets()).toHaveLength(3);
    latest().drop();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sockets()).toHaveLength(4);

    // Back: the new socket's hello makes the page live again and refetch what it missed meanwhile.
    latest().hello();
    expect(statuses.at(-1)).toBe('live');
    expect(hellos).toBe(2);
  });

  it('never waits more than 30 s between attempts however long the server stays away', async () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      latest().drop();
      await vi.advanceTimersByTimeAsync(30_000);
    }
    expect(sockets()).toHaveLength(13);
    latest().hello();
    expect(statuses.at(-1)).toBe('live');
  });

  it('starts the backoff over after a connection that lasted a minute, not after a short one', async () => {
    latest().drop();
    await vi.advanceTimersByTimeAsync(1_000);
    latest().hello();
    // Lost again at once: this attempt waits 2 s, the backoff goes on.
    latest().drop();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sockets()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets()).toHaveLength(3);

    latest().hello();
    await vi.advanceTimersByTimeAsync(60_000);
    latest().drop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sockets()).toHaveLength(4);
  });

  it('says it is offline at once when the network goes, and connects at once when it returns', async () => {
    latest().hello();
    window.dispatchEvent(new Event('offline'));
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(sockets()[0]?.closedWith).toBeDefined();
    window.dispatchEvent(new Event('online'));
    expect(sockets()).toHaveLength(2);
  });

  it('stops for good when closed: no attempt after sign-out', async () => {
    latest().hello();
    latest().drop();
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets()).toHaveLength(1);
    window.dispatchEvent(new Event('online'));
    expect(sockets()).toHaveLength(1);
  });
});
