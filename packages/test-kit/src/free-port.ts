import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

// Below the kernel's ephemeral range (32768–60999 here): a port the kernel handed out for `listen(0)` and that was
// then released can be handed out again at once, to any outgoing connection, before the caller binds it. Ports in
// this range are never given out by the kernel, and stay above the stacks' fixed ports (packages/stack/src/stack.ts:
// the highest, the sidecars' internal gRPC ports, end below 28600 with every test offset and slot).
const FIRST = 29_000;
const LAST = 32_700;

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
