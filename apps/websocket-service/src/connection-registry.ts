import type { Logger } from '@doable/platform';
import type { WebSocket } from '@fastify/websocket';
import type { LiveMessage } from './live-message.ts';

/** The open sockets of each user (one per tab) on this replica, and the heartbeat that prunes dead ones. */
export function createConnectionRegistry(deps: { logger: Logger }) {
  const byUser = new Map<string, Set<WebSocket>>();
  // Sockets that answered the last ping; a socket missing here at the next sweep is gone (sleeping laptop, dropped NAT).
  const answered = new WeakSet<WebSocket>();

  function remove(userId: string, socket: WebSocket) {
    const sockets = byUser.get(userId);
    sockets?.delete(socket);
    if (sockets?.size === 0) byUser.delete(userId);
  }

  function* allSockets() {
    for (const sockets of byUser.values()) yield* sockets;
  }

  return {
    add(userId: string, socket: WebSocket): void {
      const sockets = byUser.get(userId) ?? new Set();
      byUser.set(userId, sockets.add(socket));
      answered.add(socket);
      socket.on('pong', () => answered.add(socket));
      socket.once('close', () => remove(userId, socket));
    },

    /** Sends to every open socket of this user only; a failing socket is dropped without failing the others. */
    send(userId: string, message: LiveMessage): number {
      const data = JSON.stringify(message);
      let sent = 0;
      for (const socket of byUser.get(userId) ?? []) {
        if (socket.readyState !== socket.OPEN) continue;
        try {
          socket.send(data, (error) => {
            if (error) deps.logger.debug({ err: error, userId }, 'live update not delivered to one socket');
          });
          sent += 1;
        } catch (error) {
          deps.logger.debug({ err: error, userId }, 'live update not delivered to one socket');
          socket.terminate();
        }
      }
      return sent;
    },

    /** One heartbeat: terminates sockets that did not pong since the previous sweep, pings the rest. */
    sweep(): void {
      for (const socket of allSockets()) {
        if (!answered.has(socket)) {
          socket.terminate();
          continue;
        }
        answered.delete(socket);
        if (socket.readyState === socket.OPEN) socket.ping();
      }
    },

    count(userId?: string): number {
      if (userId !== undefined) return byUser.get(userId)?.size ?? 0;
      let total = 0;
      for (const sockets of byUser.values()) total += sockets.size;
      return total;
    },

    /** Closes every socket with `code`; one that has not finished the closing handshake after `graceMs` is cut. */
    async closeAll(code: number, reason: string, graceMs: number): Promise<void> {
      await Promise.all(
        [...allSockets()].map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === socket.CLOSED) return resolve();
              const timer = setTimeout(() => socket.terminate(), graceMs);
              socket.once('close', () => {
                clearTimeout(timer);
                resolve();
              });
              socket.close(code, reason);
            }),
        ),
      );
    },
  };
}

export type ConnectionRegistry = ReturnType<typeof createConnectionRegistry>;
