import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';
import { createServiceServer } from './service-server.ts';

/** Sends `request` as raw bytes and returns the status, headers and parsed body of the answer. */
function rawRequest(port: number, request: string): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      text += chunk;
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? Number.NaN);
      if (Buffer.byteLength(body) < length) return;
      socket.destroy();
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) });
    });
    socket.on('error', reject);
  });
}

describe('what the server refuses before any route', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = createServiceServer({ name: 'test', logger: createLogger({ name: 'test', level: 'silent' }) });
    app.get('/things/:id', async () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(() => app.close());

  const expectProblem = (res: Awaited<ReturnType<typeof rawRequest>>, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: 'about:blank', status, code });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  };

  it('answers headers larger than Node accepts with 431 problem details', async () => {
    const res = await rawRequest(port, `GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectProblem(res, 431, 'request_header_fields_too_large');
    expect(res.body).toMatchObject({ title: 'Request Header Fields Too Large' });
  });

  it('answers a request line, version or header Node cannot parse with 400 problem details', async () => {
    expectProblem(await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n'), 400, 'malformed_request');
    expectProblem(await rawRequest(port, 'GET /healthz HTTP/9.9\r\nHost: a\r\n\r\n'), 400, 'malformed_request');
    expectProblem(await rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: a\r\nBad\u0001Name: x\r\n\r\n'), 400, 'malformed_request');
  });

  it('answers a missing, repeated or malformed Host header with 400 problem details', async () => {
    expectProblem(await rawRequest(port, 'GET /healthz HTTP/1.1\r\n\r\n'), 400, 'invalid_host');
    expectProblem(await rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n'), 400, 'invalid_host');
    expectProblem(await rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: a b/c\r\n\r\n'), 400, 'invalid_host');
    expectProblem(await rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: [::1\r\n\r\n'), 400, 'invalid_host');
    for (const host of ['todo.example.com', 'localhost:3000', '127.0.0.1:8080', '[::1]:3000']) {
      expect((await rawRequest(port, `GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`)).body).toEqual({ status: 'ok' });
    }
    // HTTP/1.0 has no Host requirement.
    expect((await rawRequest(port, 'GET /healthz HTTP/1.0\r\n\r\n')).body).toEqual({ status: 'ok' });
  });

  it('answers a path that does not decode with 400 problem details', async () => {
    expectProblem(await rawRequest(port, 'GET /things/%zz HTTP/1.1\r\nHost: a\r\n\r\n'), 400, 'fst_err_bad_url');
  });
});
