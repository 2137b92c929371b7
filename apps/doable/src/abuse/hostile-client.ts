import { connect } from 'node:net';
import type { ApiResponse } from '@doable/test-kit';
import { expect } from 'vitest';

/** A response to a hostile request: never a server error, and every refusal is RFC 9457 problem details. */
export function expectCleanRefusal(response: Pick<ApiResponse, 'status' | 'headers' | 'body'>, what: string): void {
  expect(response.status, `${what}: ${JSON.stringify(response.body)}`).toBeLessThan(500);
  if (response.status < 400) return;
  expect(response.headers.get('content-type') ?? '', `${what}: content type`).toContain('application/problem+json');
  expect(response.body, what).toMatchObject({ status: response.status, title: expect.any(String) });
  expectNoLeak(JSON.stringify(response.body), what);
}

/** No stack trace, no SQL and no file path reaches a client. */
export function expectNoLeak(text: string, what: string): void {
  expect(text, what).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|SELECT |INSERT INTO|syntax error at/);
}

/** A JSON body sent exactly as written (too deep, truncated), which the test kit's client would re-encode. */
export async function sendJsonText(baseUrl: string, method: string, path: string, text: string, token: string) {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: new URL(baseUrl).origin },
    body: text,
  });
  const raw = await response.text();
  let body: unknown = raw;
  try {
    body = JSON.parse(raw);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  body: unknown;
  raw: string;
}

/** Sends bytes exactly as given (a malformed request line, Host or header block that fetch would refuse to send). */
export function sendRaw(baseUrl: string, request: string | Buffer): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // One response is enough: stop once its declared body has arrived.
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1];
      if (end >= 0 && length !== undefined && Buffer.concat(chunks).length >= end + 4 + Number(length)) socket.end();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(parseRaw(Buffer.concat(chunks).toString('utf8'))));
    socket.write(request);
  });
}

function parseRaw(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  const [statusLine = '', ...headerLines] = raw.slice(0, end < 0 ? raw.length : end).split('\r\n');
  const headers = new Headers();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const text = end < 0 ? '' : raw.slice(end + 4);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body, raw };
}

/**
 * Runs `work` while probing `/healthz` every 20 ms and returns the probes' answer times: a request that blocks the
 * event loop shows as probes that take as long as the block.
 */
export async function probeHealthWhile<T>(baseUrl: string, work: () => Promise<T>): Promise<{ result: T; healthMs: number[] }> {
  const healthMs: number[] = [];
  let running = true;
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(new URL('/healthz', baseUrl));
      await response.arrayBuffer();
      healthMs.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const result = await work();
    return { result, healthMs };
  } finally {
    running = false;
    await probing;
  }
}

/**
 * The server never stopped answering /healthz while the work ran. What this catches (a catastrophic regex, an
 * unbounded synchronous parse, an endless date loop) blocks the event loop for many seconds or for good. The bound is
 * not a speed target: beside the whole suite under `stress-ng --cpu 2` the slowest probe took 0.9 s, so 5 s keeps a
 * busy machine from failing the test while a blocked loop still cannot pass it.
 */
export function expectNeverBlocked(healthMs: number[]): void {
  expect(healthMs.length, 'no /healthz probe ran').toBeGreaterThan(0);
  expect(Math.max(...healthMs), healthMs.map(Math.round).join(', ')).toBeLessThan(5000);
}
