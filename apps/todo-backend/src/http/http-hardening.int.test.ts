import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { type Database, openDatabase } from '@doable/db';
import { CONTENT_SECURITY_POLICY } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../backend.ts';
import { testBackendOptions } from '../testing/test-backend.ts';

/** A GET with `headers`, answered as status, headers and text (fetch would refuse some of these headers). */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the backend’s HTTP surface', () => {
  let database: Database;
  let backend: Backend;
  let url: string;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    backend = await createBackend(testBackendOptions(database.db));
    url = await backend.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await backend?.stop();
    await database?.close();
  });

  it('sends the strict policy, nosniff, no framing and no referrer with the API, its errors and its health', async () => {
    for (const path of ['/api/v1/tasks', '/healthz', '/openapi.json', '/no-such-page']) {
      const res = await get(`${url}${path}`);
      expect(res.headers, path).toMatchObject({
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
    }
  });

  it('lets the API reference at /docs run its own inline script (by hash) and styles, and nothing from elsewhere', async () => {
    const res = await get(`${url}/docs/`);
    expect(res.status).toBe(200);
    const inline = [...res.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline.length).toBeGreaterThan(0);
    const policy = String(res.headers['content-security-policy']);
    for (const script of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("connect-src 'self';");
    expect(res.headers['x-frame-options']).toBe('DENY');
    // The reference's script itself comes from the app.
    expect(res.body).toContain('<script src="js/scalar.js"');
  });

  it('relays the API reference’s redirect and script from Scalar’s plugin, under the strict policy', async () => {
    const redirect = await get(`${url}/docs`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/docs/');
    const script = await get(`${url}/docs/js/scalar.js`);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(Number(script.headers['content-length'])).toBe(Buffer.byteLength(script.body));
    expect(script.body.length).toBeGreaterThan(100_000);
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers headers past its 64 KiB limit with 431 problem details, not Node’s bare text', async () => {
    expect((await get(`${url}/healthz`, { 'x-filler': 'a'.repeat(40_000) })).status).toBe(200);
    const res = await get(`${url}/healthz`, { 'x-filler': 'a'.repeat(70_000) });
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'request_header_fields_too_large' });
  });
});
