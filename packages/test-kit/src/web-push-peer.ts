import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.ts';

export interface PeerSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  clientHash: string;
}

/**
 * The real `web-push-testing` push service on a loopback port: it checks the VAPID signature against the key a
 * subscription was made with, decrypts what it receives and keeps the plaintext, and answers 410 once expired.
 */
export interface WebPushPeer {
  origin: string;
  subscribe(applicationServerKey: string): Promise<PeerSubscription>;
  /** The decrypted payloads the subscription received, oldest first. */
  notifications(clientHash: string): Promise<string[]>;
  expire(clientHash: string): Promise<void>;
  stop(): Promise<void>;
}

async function post(url: string, body?: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

export async function startWebPushPeer(): Promise<WebPushPeer> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('web-push-testing/package.json'));
  const port = await freePort();
  // Its server script directly: the CLI's `start` detaches and records pids in a file of its own.
  const child: ChildProcess = spawn(process.execPath, [join(packageDir, 'src', 'bin', 'server.js'), String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web-push-testing did not start in 10 s: ${output}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
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
  const origin = `http://localhost:${port}`;
  return {
    origin,
    async subscribe(applicationServerKey) {
      const response = await post(`${origin}/subscribe`, { userVisibleOnly: 'true', applicationServerKey });
      if (!response.ok) throw new Error(`subscribe failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { data: PeerSubscription }).data;
    },
    async notifications(clientHash) {
      const response = await post(`${origin}/get-notifications`, { clientHash });
      if (!response.ok) throw new Error(`get-notifications failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { data: { messages: string[] } }).data.messages;
    },
    async expire(clientHash) {
      const response = await post(`${origin}/expire-subscription/${clientHash}`);
      if (!response.ok) throw new Error(`expire failed: ${response.status}`);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A push service having a bad moment: answers 503 to the first `failures` requests, then passes each on to the
 * real peer behind it. `requests` counts every request it saw.
 */
export async function startFlakyFront(
  target: string,
  failures: number,
): Promise<{ origin: string; requests: () => number; stop(): Promise<void> }> {
  let requests = 0;
  const server: Server = createHttpServer(async (req, res) => {
    requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (requests <= failures) {
      res.writeHead(503).end();
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        ([name, value]) => typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name),
      ),
    ) as Record<string, string>;
    const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer()));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests: () => requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
