import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { daprUrl } from './test-stack.ts';

const invokeBackend = (path: string, body?: unknown) =>
  fetch(daprUrl('todo-frontend-0', `/v1.0/invoke/todo-backend/method${path}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
    signal: AbortSignal.timeout(30_000),
  });

describe('service invocation: frontend → backend through the sidecars', () => {
  it('retries a 503 from the backend under the Resiliency policy and returns the eventual answer', async () => {
    const res = await invokeBackend(`/flaky/${randomUUID()}?fail=2&status=503`, { title: 'Buy milk' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ attempt: 3, echo: { title: 'Buy milk' } });
  });

  it('gives up after the policy’s retries and passes the last 503 to the caller', async () => {
    const res = await invokeBackend(`/flaky/${randomUUID()}?fail=10&status=503`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ attempt: 4 });
  });

  it('does not retry a 500 (the work may have been done)', async () => {
    const res = await invokeBackend(`/flaky/${randomUUID()}?fail=1&status=500`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ attempt: 1 });
  });
});
