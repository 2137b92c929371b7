import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { serviceUrl } from './distributed-stack.ts';

export interface PeerSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  clientHash: string;
}

/**
 * The real `web-push-testing` push service on a loopback port: it checks each push's VAPID signature against the
 * key the subscription was made with and keeps the decrypted payloads. (Packages may not import apps, so this is
 * a small twin of notification-service's own test peer.)
 */
export interface WebPushPeer {
  origin: string;
  subscribe(applicationServerKey: string): Promise<PeerSubscription>;
  /** The decrypted payloads the subscription received, oldest first. */
  notifications(clientHash: string): Promise<string[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: T }).data;
}

export async function startWebPushPeer(): Promise<WebPushPeer> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('web-push-testing/package.json'));
  const port = await freePort();
  // The server script itself: the CLI's `start` detaches and keeps pids in a file of its own.
  const child: ChildProcess = spawn(process.execPath, [join(packageDir, 'src', 'bin', 'server.js'), String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web-push-testing did not start in 10 s: ${output}`)), 10_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Server running')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web-push-testing exited with ${code}: ${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    subscribe: (applicationServerKey) => post(`${origin}/subscribe`, { userVisibleOnly: 'true', applicationServerKey }),
    notifications: async (clientHash) => (await post<{ messages: string[] }>(`${origin}/get-notifications`, { clientHash })).messages,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A browser of the user with `token`: subscribed at the peer with notification-service's VAPID key, and registered there. */
export async function subscribeBrowser(peer: WebPushPeer, token: string): Promise<PeerSubscription> {
  const notifications = serviceUrl('notification-service-0');
  const keyResponse = await fetch(`${notifications}/api/v1/push/public-key`);
  if (!keyResponse.ok) throw new Error(`public key: ${keyResponse.status}`);
  const { public_key } = (await keyResponse.json()) as { public_key: string };
  const browser = await peer.subscribe(public_key);
  const subscribed = await fetch(`${notifications}/api/v1/push/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ endpoint: browser.endpoint, keys: browser.keys }),
  });
  if (subscribed.status !== 201) throw new Error(`subscribe: ${subscribed.status} ${await subscribed.text()}`);
  return browser;
}
