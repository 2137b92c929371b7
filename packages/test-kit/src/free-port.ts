import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

/**
 * Below the kernel's ephemeral range (32768–60999 here): a port the kernel handed out for `listen(0)` and that was
 * then released can be handed out again at once, to any outgoing connection, before the caller binds it. Ports in
 * this range are never given out by the kernel, and stay above every stack's fixed ports (their highest, the sidecars'
 * internal gRPC ports at the conversation-store test's offset, end near 30400; packages/stack/src/ports.test.ts).
 */
export const FREE_PORT_RANGE = { first: 30_600, last: 32_700 } as const;
const FIRST = FREE_PORT_RANGE.first;
const LAST = FREE_PORT_RANGE.last;

/** A loopback TCP port nothing listens on right now, outside the kernel's ephemeral range; released before returning. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = randomInt(FIRST, LAST);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${FIRST} and ${LAST} after 100 tries`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
