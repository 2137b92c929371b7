import { createECDH, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

// RFC 8188 content decoding; the library web-push itself encrypts with.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(body: Buffer, params: { version: 'aes128gcm'; privateKey: ReturnType<typeof createECDH>; authSecret: Buffer }): Buffer;
};

export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/**
 * A push service on loopback that answers 201 like a real one, decrypts each message (RFC 8291) for the browser it
 * was meant for, and hands the plaintext and the wall-clock arrival time (ms) to `onMessage`.
 */
export async function startPushReceiver(onMessage: (payload: string, arrivedAtMs: number) => void) {
  const browsers = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  let undecryptable = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // The wall clock, as the reminder time is: `performance.timeOrigin + now()` follows the monotonic clock, which
      // drifted 19 s from the wall clock during one 38-minute run (the machine paused), and read every push as early.
      const arrivedAtMs = Date.now();
      const browser = browsers.get(req.url ?? '');
      if (!browser) return void res.writeHead(404).end();
      try {
        onMessage(
          ece.decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.auth }).toString('utf8'),
          arrivedAtMs,
        );
        res.writeHead(201).end();
      } catch {
        undecryptable++;
        res.writeHead(400).end();
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('push receiver has no port');
  return {
    /** A new browser's subscription, as `PushSubscription.toJSON()` gives it. */
    subscribe(): PushSubscriptionJson {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const path = `/push/${randomBytes(8).toString('hex')}`;
      browsers.set(path, { ecdh, auth });
      return {
        endpoint: `http://127.0.0.1:${address.port}${path}`,
        keys: { p256dh: ecdh.getPublicKey('base64url'), auth: auth.toString('base64url') },
      };
    },
    undecryptable: () => undecryptable,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
